import { tickets } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { parseQuery } from '../query/parse-query.ts';
import { matchOf, scopedConditions } from '../tickets/ticket-filters.ts';

/** Why a run did nothing: the same words whether the consumer or the run found it. */
export const notMatchedReason = (conditions: string) => `The ticket does not match: ${conditions}`;

/** Whether the ticket, as it is now, is one the conditions select (as the ticket list would). */
export async function ticketMatches(deps: Deps, actor: Actor, ticketId: string, conditions: string): Promise<boolean> {
  const scoped = await scopedConditions(deps.db, actor, [conditions ? parseQuery(conditions) : {}]);
  if (!scoped) return false;
  const [row] = await deps.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        eq(tickets.id, ticketId),
        ...scoped.conditions,
        scoped.tsQuery ? matchOf(tickets.search, scoped.tsQuery) : undefined,
      ),
    );
  return Boolean(row);
}
