import type { Executor } from '@ticketing/db/client';
import { attachments, departments, ticketAssignees, ticketLabels, tickets, users } from '@ticketing/db/schema';
import { type AnyColumn, and, eq, exists, gte, inArray, isNull, lte, not, notExists, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { projectScope } from '../projects/project-scope.ts';
import { type Calendar, calendarOf, dayIn } from '../query/query-dates.ts';
import type { TicketFilter } from './schemas.ts';
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
 * id or email, a department by id or name, inside the statement: no extra round trip. Overdue counts
 * from the calendar's today, the date in the viewer's zone (not the database's current_date, whose zone is the
 * server's), so that it agrees with the query language's days and with the dashboard.
 */
export function filtersOf(db: Executor, actor: Actor, filter: TicketFilter, calendar: Calendar): (SQL | undefined)[] {
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
        ? sql`(${tickets.dueDate} < ${dayIn(calendar)}::date and ${tickets.status} <> 'closed')`
        : sql`not coalesce(${tickets.dueDate} < ${dayIn(calendar)}::date and ${tickets.status} <> 'closed', false)`,
    filter.sla ? slaCondition(filter.sla) : undefined,
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

/** The tickets in one SLA state (see the `sla` filter). */
function slaCondition(state: 'breached' | 'at-risk' | 'met'): SQL {
  const t = tickets;
  switch (state) {
    case 'breached':
      return sql`(${t.firstResponseBreached} or ${t.resolutionBreached})`;
    case 'at-risk':
      return sql`(${t.slaPausedAt} is null and (
        (${t.firstRespondedAt} is null and not ${t.firstResponseBreached} and ${t.firstResponseWarnAt} <= now())
        or (${t.closedAt} is null and not ${t.resolutionBreached} and ${t.resolutionWarnAt} <= now())))`;
    case 'met':
      return sql`(${t.closedAt} is not null and coalesce(${t.firstResponseDueAt}, ${t.resolutionDueAt}) is not null
        and not ${t.firstResponseBreached} and not ${t.resolutionBreached})`;
  }
}

/** Both lists when both are given (a ticket must be in each): their common keys. */
export function projectKeysOf(...lists: (string[] | undefined)[]): string[] | undefined {
  const given = lists.filter((list): list is string[] => list !== undefined && list.length > 0);
  if (given.length === 0) return undefined;
  return given.reduce((common, list) => common.filter((key) => list.includes(key)));
}

/** The full-text condition of a tsquery. */
export const matchOf = (search: SQL.Aliased | AnyColumn, tsQuery: string) =>
  sql`${search} @@ to_tsquery('simple', ${tsQuery})`;

/**
 * Every condition of several filters ANDed (live tickets, in projects the actor can read), or null
 * when no project is left. The full-text parts of all of them are one search (`tsQuery`); `projectIds`
 * are the projects in scope (null: every project, for an admin). Days are the calendar's (UTC, now,
 * unless given).
 */
export async function scopedConditions(
  db: Executor,
  actor: Actor,
  filters: readonly TicketFilter[],
  calendar: Calendar = calendarOf(undefined),
): Promise<{ conditions: (SQL | undefined)[]; tsQuery: string | null; projectIds: string[] | null } | null> {
  const keys = projectKeysOf(...filters.map((filter) => filter.projectKeys));
  if (keys?.length === 0) return null;
  const scope = await projectScope(db, actor, keys);
  if (scope?.length === 0) return null;
  const text = filters
    .map((filter) => filter.q)
    .filter(Boolean)
    .join(' ');
  return {
    conditions: [
      isNull(tickets.deletedAt),
      scope ? inArray(tickets.projectId, scope) : undefined,
      ...filters.flatMap((filter) => filtersOf(db, actor, filter, calendar)),
    ],
    tsQuery: text ? toPrefixTsQuery(text) : null,
    projectIds: scope,
  };
}
