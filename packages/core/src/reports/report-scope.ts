import { tickets } from '@ticketing/db/schema';
import type { SQL } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { invalid } from '../errors.ts';
import { parseQuery } from '../query/parse-query.ts';
import { calendarOf } from '../query/query-dates.ts';
import { matchOf, scopedConditions } from '../tickets/ticket-filters.ts';
import type { ReportInput } from './schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PERIOD_DAYS = 30;
/** The longest period a report covers. */
export const MAX_PERIOD_DAYS = 3660;

export interface ReportScope {
  /** The tickets the report counts: readable, live, matching the query. */
  conditions: (SQL | undefined)[];
  from: Date;
  to: Date;
  /** No end was asked for: the period runs to now, and nothing has happened after it. */
  endsNow: boolean;
  timeZone: string;
  /** The projects in scope; null for every project (an admin's report). */
  projectIds: string[] | null;
  /**
   * True when the query selects by project alone: then the report counts every live ticket of those
   * projects, which the rollup tables (migration 0013) hold without scanning the tickets.
   */
  byProjectOnly: boolean;
}

/** The tickets and period of a report, or null when the caller can read no matching project. */
export async function reportScope(deps: Deps, actor: Actor, input: ReportInput): Promise<ReportScope | null> {
  const to = input.to ?? new Date();
  const from = input.from ?? new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (from > to) throw invalid('from', '`from` must not be after `to`');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw invalid('from', `A report covers at most ${MAX_PERIOD_DAYS} days`);
  }
  // The query's days (today, a date, overdue) are the report's: midnight in its time zone.
  const calendar = calendarOf(input.timeZone);
  const filter = input.query ? parseQuery(input.query, calendar) : {};
  const scoped = await scopedConditions(deps.db, actor, [filter], calendar);
  if (!scoped) return null;
  const search = scoped.tsQuery ? matchOf(tickets.search, scoped.tsQuery) : undefined;
  return {
    conditions: [...scoped.conditions, search],
    from,
    to,
    endsNow: input.to === undefined,
    timeZone: input.timeZone,
    projectIds: scoped.projectIds,
    byProjectOnly: Object.entries(filter).every(([field, value]) => field === 'projectKeys' || value === undefined),
  };
}
