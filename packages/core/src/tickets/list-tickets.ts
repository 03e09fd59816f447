import type { Executor } from '@ticketing/db/client';
import {
  attachments,
  departments,
  ticketAssignees,
  ticketColumns,
  ticketLabels,
  tickets,
  users,
} from '@ticketing/db/schema';
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
  not,
  notExists,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { projectScope } from '../projects/project-scope.ts';
import { parseQuery } from '../query/parse-query.ts';
import { viewAccess } from '../views/view-access.ts';
import { ticketDetailColumns, toTicket } from './hydrate.ts';
import { ticketSort } from './list-sort.ts';
import type { ListTicketsInput, TicketFilter, TicketPage } from './schemas.ts';
import { toPrefixTsQuery } from './search-query.ts';

const hasAssignee = (db: Executor, userId: string) =>
  db
    .select({ one: sql`1` })
    .from(ticketAssignees)
    .where(and(eq(ticketAssignees.ticketId, tickets.id), eq(ticketAssignees.userId, userId)));

const isEmail = (value: string) => value.includes('@');
const userByEmail = (db: Executor, email: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));

const hasLabel = (db: Executor, labels: string[]) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(ticketLabels)
      .where(and(eq(ticketLabels.ticketId, tickets.id), inArray(ticketLabels.label, labels))),
  );

/**
 * The conditions of one filter but its projects and its full-text part, which the caller adds
 * (projects are resolved to a scope first; ranking treats the search apart). People are matched by
 * id or email, a department by id or name, inside the statement: no extra round trip.
 */
function filtersOf(db: Executor, actor: Actor, filter: TicketFilter): (SQL | undefined)[] {
  const anyAssignee = db.select({ one: sql`1` }).from(ticketAssignees).where(eq(ticketAssignees.ticketId, tickets.id));
  const me = (id: string) => (id === 'me' ? actor.userId : id);
  const { assignee, reporter } = filter;
  return [
    filter.status?.length ? inArray(tickets.status, filter.status) : undefined,
    filter.priority?.length ? inArray(tickets.priority, filter.priority) : undefined,
    assignee === 'none'
      ? notExists(anyAssignee)
      : assignee && isEmail(assignee)
        ? exists(
            db
              .select({ one: sql`1` })
              .from(ticketAssignees)
              .where(
                and(
                  eq(ticketAssignees.ticketId, tickets.id),
                  inArray(ticketAssignees.userId, userByEmail(db, assignee)),
                ),
              ),
          )
        : assignee
          ? exists(hasAssignee(db, me(assignee)))
          : undefined,
    reporter && isEmail(reporter)
      ? inArray(tickets.reporterId, userByEmail(db, reporter))
      : reporter
        ? eq(tickets.reporterId, me(reporter))
        : undefined,
    filter.departmentId ? eq(tickets.departmentId, filter.departmentId) : undefined,
    filter.department
      ? inArray(
          tickets.departmentId,
          db
            .select({ id: departments.id })
            .from(departments)
            .where(eq(sql`lower(${departments.name})`, filter.department.toLowerCase())),
        )
      : undefined,
    filter.label?.length ? hasLabel(db, filter.label) : undefined,
    filter.excludeLabels?.length ? not(hasLabel(db, filter.excludeLabels)) : undefined,
    filter.createdFrom ? gte(tickets.createdAt, filter.createdFrom) : undefined,
    filter.createdTo ? lte(tickets.createdAt, filter.createdTo) : undefined,
    filter.updatedFrom ? gte(tickets.updatedAt, filter.updatedFrom) : undefined,
    filter.updatedTo ? lte(tickets.updatedAt, filter.updatedTo) : undefined,
    filter.dueFrom ? gte(tickets.dueDate, filter.dueFrom) : undefined,
    filter.dueTo ? lte(tickets.dueDate, filter.dueTo) : undefined,
    filter.overdue === undefined
      ? undefined
      : filter.overdue
        ? sql`(${tickets.dueDate} < current_date and ${tickets.status} <> 'closed')`
        : sql`not coalesce(${tickets.dueDate} < current_date and ${tickets.status} <> 'closed', false)`,
    filter.hasAttachments === undefined
      ? undefined
      : (filter.hasAttachments ? exists : notExists)(
          db
            .select({ one: sql`1` })
            .from(attachments)
            .where(and(eq(attachments.ticketId, tickets.id), eq(attachments.state, 'ready'))),
        ),
  ];
}

/** Both lists when both are given (a ticket must be in each): their common keys. */
function projectKeysOf(...lists: (string[] | undefined)[]): string[] | undefined {
  const given = lists.filter((list): list is string[] => list !== undefined && list.length > 0);
  if (given.length === 0) return undefined;
  return given.reduce((common, list) => common.filter((key) => list.includes(key)));
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
  const parsedQueries = [view?.query, input.query].filter((query) => query).map((query) => parseQuery(query ?? ''));
  const text = [input.q, ...parsedQueries.map((parsed) => parsed.q)].filter(Boolean).join(' ');
  const tsQuery = text ? toPrefixTsQuery(text) : null;
  const sort = ticketSort(input, tsQuery);
  const keys = projectKeysOf(input.projectKeys, ...parsedQueries.map((parsed) => parsed.projectKeys));
  const none = { items: [], nextCursor: null, ...(input.includeTotal ? { total: 0 } : {}) };
  if (keys?.length === 0) return none;
  const scope = await projectScope(db, actor, keys);
  if (scope?.length === 0) return none;

  const filters = [
    isNull(tickets.deletedAt),
    scope ? inArray(tickets.projectId, scope) : undefined,
    ...filtersOf(db, actor, input),
    ...parsedQueries.flatMap((parsed) => filtersOf(db, actor, parsed)),
  ];
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
