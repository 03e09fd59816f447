import type { Executor } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { and, inArray } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { parseQuery } from '../query/parse-query.ts';
import { matchOf, scopedConditions } from '../tickets/ticket-filters.ts';

/** Of these tickets, the ones the conditions select as the actor sees them now (as the ticket list would). */
export async function ticketsMatching(
  db: Executor,
  actor: Actor,
  ticketIds: readonly string[],
  conditions: string,
): Promise<Set<string>> {
  if (ticketIds.length === 0) return new Set();
  const scoped = await scopedConditions(db, actor, [conditions ? parseQuery(conditions) : {}]);
  if (!scoped) return new Set();
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        inArray(tickets.id, [...ticketIds]),
        ...scoped.conditions,
        scoped.tsQuery ? matchOf(tickets.search, scoped.tsQuery) : undefined,
      ),
    );
  return new Set(rows.map((row) => row.id));
}
