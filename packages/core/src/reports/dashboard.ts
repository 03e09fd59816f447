import { rowsOf } from '@ticketing/db/rows';
import {
  openDueCounts,
  openDueDeltas,
  ticketCountDeltas,
  ticketCounts,
  ticketFlowCounts,
  ticketFlowDeltas,
  tickets,
} from '@ticketing/db/schema';
import { and, asc, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { type ReportScope, reportScope } from './report-scope.ts';
import { withDeltas } from './rollup-source.ts';
import type { Dashboard, ReportInput } from './schemas.ts';

type Counts = Omit<Dashboard, 'oldestOpen'>;

const counted = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** Open with a missed target: the partial index tickets_sla_breached_idx holds exactly these. */
const slaBreached = sql`(${tickets.closedAt} is null and (${tickets.firstResponseBreached} or ${tickets.resolutionBreached}))`;

/** Where days begin in the report's zone: today's start, the start of the 7 days ending today, today. */
function days(zone: string) {
  return {
    today: sql`(date_trunc('day', now() at time zone ${zone}) at time zone ${zone})`,
    weekAgo: sql`((date_trunc('day', now() at time zone ${zone}) - interval '6 days') at time zone ${zone})`,
    localToday: sql`(now() at time zone ${zone})::date`,
  };
}

/** Every count from one scan of the matching tickets: for a query that filters by more than project. */
async function countsFromTickets(deps: Deps, scope: ReportScope): Promise<Counts> {
  const { today, weekAgo, localToday } = days(scope.timeZone);
  const [row] = await deps.db
    .select({
      open: counted(sql`${tickets.status} = 'open'`),
      in_progress: counted(sql`${tickets.status} = 'in_progress'`),
      blocked: counted(sql`${tickets.status} = 'blocked'`),
      closed: counted(sql`${tickets.status} = 'closed'`),
      createdToday: counted(sql`${tickets.createdAt} >= ${today}`),
      createdLast7Days: counted(sql`${tickets.createdAt} >= ${weekAgo}`),
      closedToday: counted(sql`${tickets.closedAt} >= ${today}`),
      closedLast7Days: counted(sql`${tickets.closedAt} >= ${weekAgo}`),
      overdue: counted(sql`${tickets.dueDate} < ${localToday} and ${tickets.status} <> 'closed'`),
      unassigned: counted(sql`${tickets.status} <> 'closed' and not ${tickets.assigned}`),
      slaBreached: counted(slaBreached),
    })
    .from(tickets)
    .where(and(...scope.conditions));
  if (!row) throw new Error('an aggregate returned no row');
  const { open, in_progress, blocked, closed, ...rest } = row;
  return { byStatus: { open, in_progress, blocked, closed }, ...rest };
}

/**
 * The same counts for whole projects, in one statement that scans no ticket table: statuses, the
 * unassigned and the overdue from the rollup tables (overdue: those not closed with a due date, less
 * those due from today on, the shorter sum), and the last 7 days' creations and closings from the
 * hourly rollup (nothing happens after now, so the current hour is whole).
 */
async function countsFromRollups(deps: Deps, scope: ReportScope): Promise<Counts> {
  const { today, weekAgo, localToday } = days(scope.timeZone);
  // The first whole UTC hour at or after a moment: the hourly rollup counts from there, the index the
  // minutes before it (none where days begin on the hour).
  const hourFrom = (moment: SQL) =>
    sql`(date_trunc('hour', ${moment} - interval '1 microsecond', 'UTC') + interval '1 hour')`;
  const todayHour = hourFrom(today);
  const weekAgoHour = hourFrom(weekAgo);
  const within = (column: typeof tickets.createdAt | typeof tickets.closedAt, from: SQL, to: SQL) =>
    sql`(${column} >= ${from} and ${column} < ${to})`;
  const inScope = (
    column: typeof ticketCounts.projectId | typeof openDueCounts.projectId | typeof ticketFlowCounts.projectId,
  ) => (scope.projectIds ? inArray(column, scope.projectIds) : sql`true`);
  const status = (condition: SQL) => sql`coalesce(sum(${ticketCounts.n}) filter (where ${condition}), 0)::int`;
  const where = and(...scope.conditions);
  const [row] = rowsOf<Omit<Counts, 'byStatus'> & Counts['byStatus'] & { withDue: number }>(
    await deps.db.execute(sql`
      select s.*, s."withDue" - d."notYetDue" as "overdue", b."slaBreached",
        f."createdToday" + c."createdToday" as "createdToday",
        f."createdLast7Days" + c."createdLast7Days" as "createdLast7Days",
        f."closedToday" + r."closedToday" as "closedToday",
        f."closedLast7Days" + r."closedLast7Days" as "closedLast7Days" from
      (select ${status(sql`${ticketCounts.status} = 'open'`)} as "open",
        ${status(sql`${ticketCounts.status} = 'in_progress'`)} as "in_progress",
        ${status(sql`${ticketCounts.status} = 'blocked'`)} as "blocked",
        ${status(sql`${ticketCounts.status} = 'closed'`)} as "closed",
        ${status(sql`${ticketCounts.status} <> 'closed' and not ${ticketCounts.assigned}`)} as "unassigned",
        ${status(sql`${ticketCounts.status} <> 'closed' and ${ticketCounts.hasDue}`)} as "withDue"
        from ${withDeltas(ticketCounts, ticketCountDeltas)} where ${inScope(ticketCounts.projectId)}) as s,
      (select coalesce(sum(${openDueCounts.n}), 0)::int as "notYetDue" from ${withDeltas(openDueCounts, openDueDeltas)}
        where ${inScope(openDueCounts.projectId)} and ${openDueCounts.dueDate} >= ${localToday}) as d,
      (select coalesce(sum(${ticketFlowCounts.created}) filter (where ${ticketFlowCounts.hour} >= ${todayHour}), 0)::int
          as "createdToday",
        coalesce(sum(${ticketFlowCounts.created}), 0)::int as "createdLast7Days",
        coalesce(sum(${ticketFlowCounts.closed}) filter (where ${ticketFlowCounts.hour} >= ${todayHour}), 0)::int
          as "closedToday",
        coalesce(sum(${ticketFlowCounts.closed}), 0)::int as "closedLast7Days"
        from ${withDeltas(ticketFlowCounts, ticketFlowDeltas)}
        where ${inScope(ticketFlowCounts.projectId)} and ${ticketFlowCounts.hour} >= ${weekAgoHour}) as f,
      (select count(*)::int as "slaBreached" from ${tickets} where ${and(where, slaBreached)}) as b,
      (select count(*) filter (where ${tickets.createdAt} >= ${today})::int as "createdToday",
        count(*) filter (where ${tickets.createdAt} < ${weekAgoHour})::int as "createdLast7Days"
        from ${tickets} where ${and(where, or(within(tickets.createdAt, weekAgo, weekAgoHour), within(tickets.createdAt, today, todayHour)))}) as c,
      (select count(*) filter (where ${tickets.closedAt} >= ${today})::int as "closedToday",
        count(*) filter (where ${tickets.closedAt} < ${weekAgoHour})::int as "closedLast7Days"
        from ${tickets} where ${and(where, isNotNull(tickets.closedAt), or(within(tickets.closedAt, weekAgo, weekAgoHour), within(tickets.closedAt, today, todayHour)))}) as r`),
  );
  if (!row) throw new Error('an aggregate returned no row');
  const { open, in_progress, blocked, closed, withDue: _withDue, ...rest } = row;
  return { byStatus: { open, in_progress, blocked, closed }, ...rest };
}

/**
 * Where things stand now (the period plays no part): tickets by status; created and closed today and
 * in the last 7 days (today included), days beginning at midnight in the time zone; overdue;
 * unassigned; the five oldest not closed. Two statements.
 */
export async function dashboard(deps: Deps, actor: Actor, input: ReportInput): Promise<Dashboard> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) {
    return {
      byStatus: { open: 0, in_progress: 0, blocked: 0, closed: 0 },
      createdToday: 0,
      createdLast7Days: 0,
      closedToday: 0,
      closedLast7Days: 0,
      overdue: 0,
      unassigned: 0,
      slaBreached: 0,
      oldestOpen: [],
    };
  }
  const counts = await (scope.byProjectOnly ? countsFromRollups : countsFromTickets)(deps, scope);
  const oldestOpen = await deps.db
    .select({
      key: tickets.key,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(and(...scope.conditions, ne(tickets.status, 'closed')))
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(5);
  return { ...counts, oldestOpen };
}
