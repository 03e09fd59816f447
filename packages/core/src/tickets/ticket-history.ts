import { actorKinds, historyActions, ticketHistory, users } from '@ticketing/db/schema';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { ticketAccess } from './ticket-access.ts';

export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.enum(historyActions),
    field: z.string().nullable(),
    oldValue: z.unknown(),
    newValue: z.unknown(),
    version: z.number().int(),
    actorKind: z.enum(actorKinds).describe('user; or system, automation (then actor is null)'),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    rule: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe('For a change an automation rule made: the rule (its name now, or as it was if deleted)'),
    createdAt: z.date(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntryOut = z.infer<typeof historyEntrySchema>;

/**
 * The rule behind an automation's history entry. The entry and its event were written together
 * (recordEvents), so they share the ticket, the version and the transaction's time; the event's
 * actor names the rule.
 */
const ruleOfEntry = sql<{
  id: string;
  name: string;
} | null>`case when "ticket_history"."actor_kind" = 'automation' then (
  select json_build_object('id', e.actor ->> 'ruleId', 'name', coalesce(w.name, e.actor ->> 'ruleName', 'a rule'))
  from events e left join workflows w on w.id::text = e.actor ->> 'ruleId'
  where e.ticket_id = "ticket_history"."ticket_id" and e.created_at = "ticket_history"."created_at"
    and e.actor_kind = 'automation' and e.actor ->> 'ruleId' is not null
    and (e.data ->> 'version')::int = "ticket_history"."version"
  order by e.id limit 1
) end`;

/** Every change to the ticket, oldest first, with who made it (for a rule's change: which rule). */
export async function ticketHistoryOf(deps: Deps, actor: Actor, input: { key: string }): Promise<HistoryEntryOut[]> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const rows = await deps.db
    .select({ entry: ticketHistory, actorName: users.name, rule: ruleOfEntry })
    .from(ticketHistory)
    .leftJoin(users, eq(users.id, ticketHistory.actorId))
    .where(eq(ticketHistory.ticketId, access.ticket.id))
    .orderBy(asc(ticketHistory.id));
  return rows.map(({ entry, actorName, rule }) => ({
    id: entry.id,
    action: entry.action,
    field: entry.field,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    version: entry.version,
    actorKind: entry.actorKind,
    actor: entry.actorId && actorName !== null ? { id: entry.actorId, name: actorName } : null,
    rule: rule ?? null,
    createdAt: entry.createdAt,
  }));
}
