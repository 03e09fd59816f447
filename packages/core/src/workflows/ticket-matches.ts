import { tickets } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { parseQuery } from '../query/parse-query.ts';
import { type Calendar, calendarOf } from '../query/query-dates.ts';
import { matchOf, scopedConditions } from '../tickets/ticket-filters.ts';
import type { WorkflowDefinition } from './schemas.ts';

/** Why a run did nothing: the same words whether the consumer or the run found it. */
export const notMatchedReason = (conditions: string) => `The ticket does not match: ${conditions}`;

/**
 * Where a rule's conditions reckon their days (today, due:today, is:overdue): a scheduled rule in
 * the zone its schedule keeps, a rule on events in UTC.
 */
export const conditionsZoneOf = (trigger: WorkflowDefinition['trigger']): string =>
  trigger.type === 'schedule' ? trigger.timeZone : 'UTC';

/**
 * Whether the ticket, as it is now, is one the conditions select (as the ticket list would), their
 * days those of `calendar` (UTC, now, unless given).
 */
export async function ticketMatches(
  deps: Deps,
  actor: Actor,
  ticketId: string,
  conditions: string,
  calendar: Calendar = calendarOf(undefined),
): Promise<boolean> {
  const filter = conditions ? parseQuery(conditions, calendar) : {};
  const scoped = await scopedConditions(deps.db, actor, [filter], calendar);
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
