import { rowsOf } from '@ticketing/db/rows';
import { tickets } from '@ticketing/db/schema';
import { and, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { invalid } from '../errors.ts';
import { reportScope } from './report-scope.ts';
import type { createdVsResolvedInput, createdVsResolvedSchema } from './schemas.ts';

type Input = z.infer<typeof createdVsResolvedInput>;
type Output = z.infer<typeof createdVsResolvedSchema>;

/** The most buckets one series has (a day-by-day series covers at most this many days). */
export const MAX_BUCKETS = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const approximateDays = { day: 1, week: 7, month: 28 } as const;

/**
 * Per day, week (from Monday) or month, in the time zone: tickets created, and tickets resolved
 * (closed, and not reopened since), in the period; every bucket present, empty ones as zeros.
 */
export async function createdVsResolved(deps: Deps, actor: Actor, input: Input): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  const span = ((input.to ?? new Date()).getTime() - (input.from?.getTime() ?? 0)) / DAY_MS;
  if (input.from && span / approximateDays[input.interval] > MAX_BUCKETS) {
    throw invalid('interval', `At most ${MAX_BUCKETS} buckets: choose a longer interval or a shorter period`);
  }
  const { interval } = input;
  const zone = scope?.timeZone ?? input.timeZone;
  // Dates go as ISO text: postgres.js does not serialise a Date bound to an untyped parameter.
  const local = (at: SQL | Date) =>
    sql`date_trunc(${interval}, ${at instanceof Date ? at.toISOString() : at}::timestamptz at time zone ${zone})`;
  const label = (at: SQL) => sql<string>`to_char(${at}, 'YYYY-MM-DD')`;
  const from = scope?.from ?? input.from ?? new Date();
  const to = scope?.to ?? input.to ?? new Date();
  const series = rowsOf<{ start: string }>(
    await deps.db.execute(
      sql`select ${label(sql`b`)} as start from generate_series(${local(from)}, ${local(to)}, ${`1 ${interval}`}::interval) as b`,
    ),
  );
  const counts = new Map(series.map((row) => [row.start, { start: row.start, created: 0, resolved: 0 }]));
  if (scope) {
    const where = and(...scope.conditions);
    const per = async (column: typeof tickets.createdAt | typeof tickets.closedAt) => {
      const bucket = label(local(sql`${column}`));
      return (
        deps.db
          .select({ start: bucket, n: sql<number>`count(*)`.mapWith(Number) })
          .from(tickets)
          .where(and(where, gte(column, scope.from), lte(column, scope.to)))
          // By position: the bucket's parameters are bound anew in GROUP BY, which PostgreSQL then
          // cannot match with the selected expression.
          .groupBy(sql`1`)
      );
    };
    for (const row of await per(tickets.createdAt)) {
      const entry = counts.get(row.start);
      if (entry) entry.created = row.n;
    }
    for (const row of await per(tickets.closedAt)) {
      const entry = counts.get(row.start);
      if (entry) entry.resolved = row.n;
    }
  }
  return { interval, buckets: [...counts.values()] };
}
