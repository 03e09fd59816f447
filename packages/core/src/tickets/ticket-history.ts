import { actorKinds, historyActions, ticketHistory, users } from '@ticketing/db/schema';
import { asc, eq } from 'drizzle-orm';
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
    createdAt: z.date(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntryOut = z.infer<typeof historyEntrySchema>;

/** Every change to the ticket, oldest first, with who made it. */
export async function ticketHistoryOf(deps: Deps, actor: Actor, input: { key: string }): Promise<HistoryEntryOut[]> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const rows = await deps.db
    .select({ entry: ticketHistory, actorName: users.name })
    .from(ticketHistory)
    .leftJoin(users, eq(users.id, ticketHistory.actorId))
    .where(eq(ticketHistory.ticketId, access.ticket.id))
    .orderBy(asc(ticketHistory.id));
  return rows.map(({ entry, actorName }) => ({
    id: entry.id,
    action: entry.action,
    field: entry.field,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    version: entry.version,
    actorKind: entry.actorKind,
    actor: entry.actorId && actorName !== null ? { id: entry.actorId, name: actorName } : null,
    createdAt: entry.createdAt,
  }));
}
