import { rowsOf } from '@ticketing/db/rows';
import { ticketCountDeltas, ticketCounts, tickets } from '@ticketing/db/schema';
import { and, gt, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { type ReportScope, reportScope } from './report-scope.ts';
import { withDeltas } from './rollup-source.ts';
import { ageBuckets, type agingSchema, type ReportInput } from './schemas.ts';

type Output = z.infer<typeof agingSchema>;
type Row = Output['rows'][number];
type Age = (typeof ageBuckets)[number];

const age = sql`now() - ${tickets.createdAt}`;
const bucket = sql<Age>`case
  when ${age} < interval '1 day' then '<1d'
  when ${age} < interval '7 days' then '1-7d'
  when ${age} < interval '30 days' then '7-30d'
  when ${age} < interval '90 days' then '30-90d'
  else '>90d' end`;
const counted = (status: string) => sql<number>`count(*) filter (where ${tickets.status} = ${status})`.mapWith(Number);
const empty = (name: Age): Row => ({ age: name, open: 0, in_progress: 0, blocked: 0, total: 0 });

/** Counts of the open tickets by bucket, from a scan of the matching tickets (those created in `since` only). */
function countsByBucket(deps: Deps, scope: ReportScope, since?: SQL) {
  return (
    deps.db
      // Named, for the rollup path's statement that reads these rows by name.
      .select({
        age: bucket.as('age'),
        open: counted('open').as('open'),
        in_progress: counted('in_progress').as('in_progress'),
        blocked: counted('blocked').as('blocked'),
        total: sql<number>`count(*)`.mapWith(Number).as('total'),
      })
      .from(tickets)
      .where(and(...scope.conditions, ne(tickets.status, 'closed'), since ? gt(tickets.createdAt, since) : undefined))
      .groupBy(bucket)
  );
}

/**
 * For whole projects: the last 90 days' buckets from the index of open tickets, and the oldest bucket
 * as what is left of the open counts in the rollup; one statement, so both see one snapshot.
 */
async function rowsFromRollups(deps: Deps, scope: ReportScope): Promise<Row[]> {
  const recent = countsByBucket(deps, scope, sql`now() - interval '90 days'`);
  const total = (status: string) =>
    sql`coalesce(sum(${ticketCounts.n}) filter (where ${ticketCounts.status} = ${status}), 0)::int`;
  const inScope = scope.projectIds ? inArray(ticketCounts.projectId, scope.projectIds) : sql`true`;
  return rowsOf<Row>(
    await deps.db.execute(sql`
      with recent as (${recent})
      select "age", "open"::int, "in_progress"::int, "blocked"::int, "total"::int from recent
      union all
      select '>90d', t."open" - r."open", t."in_progress" - r."in_progress", t."blocked" - r."blocked",
        t."open" + t."in_progress" + t."blocked" - r."total"
      from (select ${total('open')} as "open", ${total('in_progress')} as "in_progress",
          ${total('blocked')} as "blocked" from ${withDeltas(ticketCounts, ticketCountDeltas)} where ${inScope}) as t,
        (select coalesce(sum("open"), 0)::int as "open", coalesce(sum("in_progress"), 0)::int as "in_progress",
          coalesce(sum("blocked"), 0)::int as "blocked", coalesce(sum("total"), 0)::int as "total" from recent) as r`),
  );
}

/** Tickets not closed, now, by how long ago they were created and by status; every bucket present. */
export async function aging(deps: Deps, actor: Actor, input: ReportInput): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  const rows = !scope
    ? []
    : scope.byProjectOnly
      ? await rowsFromRollups(deps, scope)
      : await countsByBucket(deps, scope);
  return { rows: ageBuckets.map((name) => rows.find((row) => row.age === name) ?? empty(name)) };
}
