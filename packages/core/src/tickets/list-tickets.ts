import type { Executor } from '@ticketing/db/client';
import { ticketColumns, tickets } from '@ticketing/db/schema';
import { and, count, desc, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { parseQuery } from '../query/parse-query.ts';
import { calendarOf } from '../query/query-dates.ts';
import { viewAccess } from '../views/view-access.ts';
import { ticketDetailColumns, toTicket } from './hydrate.ts';
import { ticketSort } from './list-sort.ts';
import type { ListTicketsInput, TicketPage } from './schemas.ts';
import { matchOf, scopedConditions } from './ticket-filters.ts';

/**
 * Ranking reads every candidate's search vector, so for a term that is common among recent tickets
 * relevance ranks only the matches among the most recently updated ones: a common word in a million
 * tickets then costs what it costs in five thousand. A term rare there is ranked over all its
 * matches, found through the full-text index. Other sorts always see every match.
 */
export const RECENT_WINDOW = 5000;
const COMMON_IN_WINDOW = 50;

/** The most recently updated tickets passing the non-search filters, as a bounded subquery. */
const recentWindow = (db: Executor, filters: (SQL | undefined)[]) =>
  db
    .select({ id: tickets.id, search: tickets.search })
    .from(tickets)
    .where(and(...filters))
    .orderBy(desc(tickets.updatedAt))
    .limit(RECENT_WINDOW)
    .as('recent');

async function rankingScope(db: Executor, filters: (SQL | undefined)[], tsQuery: string): Promise<SQL | undefined> {
  const recent = recentWindow(db, filters);
  const [probe] = await db
    .select({ n: count() })
    .from(
      db
        .select({ one: sql`1` })
        .from(recent)
        .where(matchOf(recent.search, tsQuery))
        .limit(COMMON_IN_WINDOW)
        .as('probe'),
    );
  if ((probe?.n ?? 0) < COMMON_IN_WINDOW) return undefined;
  return inArray(tickets.id, db.select({ id: recent.id }).from(recent).where(matchOf(recent.search, tsQuery)));
}

/**
 * Lists tickets with filters, full-text search and keyset pagination. A page costs a fixed number of
 * queries whatever its size: the project scope, then the page with its people and labels.
 */
export async function listTickets(deps: Deps, actor: Actor, given: ListTicketsInput): Promise<TicketPage> {
  const { db } = deps;
  // A saved view adds its query and gives its sort where the caller gives none.
  const view = given.view ? (await viewAccess(db, actor, given.view)).view : undefined;
  const input: ListTicketsInput = view
    ? {
        ...given,
        sort: given.sort ?? (view.sort as ListTicketsInput['sort']) ?? undefined,
        order: given.order ?? (view.order as ListTicketsInput['order']) ?? undefined,
      }
    : given;
  // The query language's filters (the view's and the caller's), ANDed with the structured one.
  const calendar = calendarOf(input.timeZone);
  const parsedQueries = [view?.query, input.query]
    .filter((query) => query)
    .map((query) => parseQuery(query ?? '', calendar));
  const scoped = await scopedConditions(db, actor, [input, ...parsedQueries], calendar);
  const tsQuery = scoped?.tsQuery ?? null;
  const sort = ticketSort(input, tsQuery);
  if (!scoped) return { items: [], nextCursor: null, ...(input.includeTotal ? { total: 0 } : {}) };
  const filters = scoped.conditions;
  const searchFilter = tsQuery ? matchOf(tickets.search, tsQuery) : undefined;
  const window = sort.rank && tsQuery ? await rankingScope(db, filters, tsQuery) : undefined;
  const pageFilters = [...filters, searchFilter, window];
  const rows = await db
    .select({ ...ticketColumns, ...ticketDetailColumns, ...(sort.rank ? { rank: sort.rank } : {}) })
    .from(tickets)
    .where(and(...pageFilters, sort.after))
    .orderBy(...sort.orderBy)
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const total = await (input.includeTotal
    ? db
        .select({ total: count() })
        .from(tickets)
        .where(and(...filters, searchFilter))
        .then(([row]) => row?.total ?? 0)
    : undefined);
  return {
    items: page.map(toTicket),
    nextCursor: rows.length > input.limit && last ? sort.cursorOf(last) : null,
    ...(total === undefined ? {} : { total }),
  };
}
