import { type TicketPriority, ticketPriorities, tickets } from '@ticketing/db/schema';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { cycleTimeSchema, ReportInput } from './schemas.ts';

type Output = z.infer<typeof cycleTimeSchema>;

const seconds = (from: SQL | typeof tickets.createdAt) => sql`extract(epoch from ${tickets.closedAt} - ${from})`;
const percentile = (p: number, value: SQL, filter?: SQL) =>
  sql<
    number | null
  >`percentile_cont(${sql.raw(String(p))}) within group (order by ${value})${filter ? sql` filter (where ${filter})` : sql``}`.mapWith(
    (v) => (v === null ? null : Number(v)),
  );

/**
 * Of the tickets closed in the period (and still closed): lead time (created → closed) and cycle time
 * (first in progress → closed, for those that ever were), as median, p75 and p90 in seconds, per
 * priority and over all (priority null). The first start is kept on the ticket (from its history).
 */
export async function cycleTime(deps: Deps, actor: Actor, input: ReportInput): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { rows: [] };
  const lead = seconds(tickets.createdAt);
  const cycle = seconds(sql`${tickets.startedAt}`);
  const started = sql`${tickets.startedAt} is not null`;
  const rows = await deps.db
    .select({
      // Null on the grouping set's row over all priorities.
      priority: sql<TicketPriority | null>`${tickets.priority}`,
      leadCount: sql<number>`count(*)`.mapWith(Number),
      leadMedian: percentile(0.5, lead),
      leadP75: percentile(0.75, lead),
      leadP90: percentile(0.9, lead),
      cycleCount: sql<number>`count(${tickets.startedAt})`.mapWith(Number),
      cycleMedian: percentile(0.5, cycle, started),
      cycleP75: percentile(0.75, cycle, started),
      cycleP90: percentile(0.9, cycle, started),
    })
    .from(tickets)
    .where(
      and(
        ...scope.conditions,
        eq(tickets.status, 'closed'),
        gte(tickets.closedAt, scope.from),
        lte(tickets.closedAt, scope.to),
      ),
    )
    .groupBy(sql`grouping sets ((${tickets.priority}), ())`);
  const ranks: readonly (TicketPriority | null)[] = [...ticketPriorities, null];
  const rank = (priority: TicketPriority | null) => ranks.indexOf(priority);
  return {
    rows: rows
      .sort((a, b) => rank(a.priority) - rank(b.priority))
      .map((row) => ({
        priority: row.priority,
        leadTime: { count: row.leadCount, median: row.leadMedian, p75: row.leadP75, p90: row.leadP90 },
        cycleTime: { count: row.cycleCount, median: row.cycleMedian, p75: row.cycleP75, p90: row.cycleP90 },
      })),
  };
}
