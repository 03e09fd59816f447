import { tickets } from '@ticketing/db/schema';
import { and, asc, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { Dashboard, ReportInput } from './schemas.ts';

const counted = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * Where things stand now (the period plays no part): tickets by status; created and closed today and
 * in the last 7 days (today included), days beginning at midnight in the time zone; overdue;
 * unassigned; the five oldest not closed. Two statements.
 */
export async function dashboard(deps: Deps, actor: Actor, input: ReportInput): Promise<Dashboard> {
  const scope = await reportScope(deps, actor, input);
  const empty = { open: 0, in_progress: 0, blocked: 0, closed: 0 };
  if (!scope) {
    return {
      byStatus: empty,
      createdToday: 0,
      createdLast7Days: 0,
      closedToday: 0,
      closedLast7Days: 0,
      overdue: 0,
      unassigned: 0,
      oldestOpen: [],
    };
  }
  const zone = scope.timeZone;
  const today = sql`(date_trunc('day', now() at time zone ${zone}) at time zone ${zone})`;
  const weekAgo = sql`((date_trunc('day', now() at time zone ${zone}) - interval '6 days') at time zone ${zone})`;
  const localToday = sql`(now() at time zone ${zone})::date`;
  const where = and(...scope.conditions);
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
    })
    .from(tickets)
    .where(where);
  const oldestOpen = await deps.db
    .select({
      key: tickets.key,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(and(where, ne(tickets.status, 'closed')))
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(5);
  if (!row) throw new Error('an aggregate returned no row');
  const { open, in_progress, blocked, closed, ...rest } = row;
  return { byStatus: { open, in_progress, blocked, closed }, ...rest, oldestOpen };
}
