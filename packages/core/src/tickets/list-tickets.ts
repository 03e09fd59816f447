import type { Executor } from '@ticketing/db/client';
import { ticketAssignees, ticketColumns, ticketLabels, tickets } from '@ticketing/db/schema';
import {
  type AnyColumn,
  and,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lte,
  notExists,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { projectScope } from '../projects/project-scope.ts';
import { ticketDetailColumns, toTicket } from './hydrate.ts';
import { ticketSort } from './list-sort.ts';
import type { ListTicketsInput, TicketPage } from './schemas.ts';
import { toPrefixTsQuery } from './search-query.ts';

const hasAssignee = (db: Executor, userId: string) =>
  db
    .select({ one: sql`1` })
    .from(ticketAssignees)
    .where(and(eq(ticketAssignees.ticketId, tickets.id), eq(ticketAssignees.userId, userId)));

/** Every filter but the full-text one, which the caller adds (ranking treats it apart). */
function filtersOf(db: Executor, actor: Actor, input: ListTicketsInput, scope: string[] | null) {
  const anyAssignee = db.select({ one: sql`1` }).from(ticketAssignees).where(eq(ticketAssignees.ticketId, tickets.id));
  const me = (id: string) => (id === 'me' ? actor.userId : id);
  return [
    isNull(tickets.deletedAt),
    scope ? inArray(tickets.projectId, scope) : undefined,
    input.status?.length ? inArray(tickets.status, input.status) : undefined,
    input.priority?.length ? inArray(tickets.priority, input.priority) : undefined,
    input.assignee === 'none'
      ? notExists(anyAssignee)
      : input.assignee
        ? exists(hasAssignee(db, me(input.assignee)))
        : undefined,
    input.reporter ? eq(tickets.reporterId, me(input.reporter)) : undefined,
    input.departmentId ? eq(tickets.departmentId, input.departmentId) : undefined,
    input.label
      ? exists(
          db
            .select({ one: sql`1` })
            .from(ticketLabels)
            .where(and(eq(ticketLabels.ticketId, tickets.id), eq(ticketLabels.label, input.label))),
        )
      : undefined,
    input.createdFrom ? gte(tickets.createdAt, input.createdFrom) : undefined,
    input.createdTo ? lte(tickets.createdAt, input.createdTo) : undefined,
    input.updatedFrom ? gte(tickets.updatedAt, input.updatedFrom) : undefined,
    input.updatedTo ? lte(tickets.updatedAt, input.updatedTo) : undefined,
    input.dueFrom ? gte(tickets.dueDate, input.dueFrom) : undefined,
    input.dueTo ? lte(tickets.dueDate, input.dueTo) : undefined,
  ];
}

/**
 * Ranking reads every candidate's search vector, so for a term that is common among recent tickets
 * relevance ranks only the matches among the most recently updated ones: a common word in a million
 * tickets then costs what it costs in five thousand. A term rare there is ranked over all its
 * matches, found through the full-text index. Other sorts always see every match.
 */
export const RECENT_WINDOW = 5000;
const COMMON_IN_WINDOW = 50;

const matchOf = (search: SQL.Aliased | AnyColumn, tsQuery: string) =>
  sql`${search} @@ to_tsquery('simple', ${tsQuery})`;

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
export async function listTickets(deps: Deps, actor: Actor, input: ListTicketsInput): Promise<TicketPage> {
  const { db } = deps;
  const tsQuery = input.q ? toPrefixTsQuery(input.q) : null;
  const sort = ticketSort(input, tsQuery);
  const scope = await projectScope(db, actor, input.projectKeys);
  if (scope?.length === 0) return { items: [], nextCursor: null, ...(input.includeTotal ? { total: 0 } : {}) };

  const filters = filtersOf(db, actor, input, scope);
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
