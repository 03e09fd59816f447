import { rowsOf } from '@ticketing/db/rows';
import { type TicketPriority, ticketPriorities, tickets } from '@ticketing/db/schema';
import { and, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { ReportInput, SlaCompliance } from './schemas.ts';

interface Row {
  week: string;
  priority: TicketPriority;
  frMet: number;
  frBreached: number;
  resMet: number;
  resBreached: number;
}

/**
 * SLA targets settled in the period, by priority and by week (weeks start on Monday in the time
 * zone). A target settles when it is met or missed: when a first response came (or a missed one fell
 * due while the ticket was unanswered), when the ticket closed (or a missed resolution fell due).
 */
export async function slaCompliance(deps: Deps, actor: Actor, input: ReportInput): Promise<SlaCompliance> {
  const empty = { met: 0, breached: 0 };
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { rows: [], totals: { firstResponse: empty, resolution: empty } };
  const t = tickets;
  const zone = scope.timeZone;
  // When each target settled: met or missed when it was done; missed and not done, when it fell due.
  const frAt = sql`case when ${t.firstRespondedAt} is not null then ${t.firstRespondedAt} when ${t.firstResponseBreached} then ${t.firstResponseDueAt} end`;
  const resAt = sql`case when ${t.closedAt} is not null then ${t.closedAt} when ${t.resolutionBreached} then ${t.resolutionDueAt} end`;
  // Plain text parameters: a Date inside raw SQL is bound differently by each driver.
  const from = sql`${scope.from.toISOString()}::timestamptz`;
  const to = sql`${scope.to.toISOString()}::timestamptz`;
  const inPeriod = (at: ReturnType<typeof sql>) => sql`(${at} >= ${from} and ${at} <= ${to})`;
  const fr = sql`(${t.firstResponseDueAt} is not null and ${inPeriod(frAt)})`;
  const res = sql`(${t.resolutionDueAt} is not null and ${inPeriod(resAt)})`;
  const week = (at: ReturnType<typeof sql>) =>
    sql`to_char(date_trunc('week', ${at} at time zone ${zone}), 'YYYY-MM-DD')`;
  const settled = await deps.db.execute(sql`
    select w.week, w.priority,
      count(*) filter (where w.kind = 'fr' and not w.breached)::int as "frMet",
      count(*) filter (where w.kind = 'fr' and w.breached)::int as "frBreached",
      count(*) filter (where w.kind = 'res' and not w.breached)::int as "resMet",
      count(*) filter (where w.kind = 'res' and w.breached)::int as "resBreached"
    from (
      select ${week(frAt)} as week, ${t.priority} as priority, 'fr' as kind, ${t.firstResponseBreached} as breached
        from ${t} where ${and(...scope.conditions, fr)}
      union all
      select ${week(resAt)}, ${t.priority}, 'res', ${t.resolutionBreached}
        from ${t} where ${and(...scope.conditions, res)}
    ) as w
    group by w.week, w.priority`);
  const rank = (priority: TicketPriority) => ticketPriorities.indexOf(priority);
  const rows = rowsOf<Row>(settled).sort((a, b) => a.week.localeCompare(b.week) || rank(b.priority) - rank(a.priority));
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    rows: rows.map((row) => ({
      week: row.week,
      priority: row.priority,
      firstResponse: { met: row.frMet, breached: row.frBreached },
      resolution: { met: row.resMet, breached: row.resBreached },
    })),
    totals: {
      firstResponse: { met: sum((row) => row.frMet), breached: sum((row) => row.frBreached) },
      resolution: { met: sum((row) => row.resMet), breached: sum((row) => row.resBreached) },
    },
  };
}
