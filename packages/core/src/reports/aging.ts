import { tickets } from '@ticketing/db/schema';
import { and, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import { ageBuckets, type agingSchema, type ReportInput } from './schemas.ts';

type Output = z.infer<typeof agingSchema>;

const age = sql`now() - ${tickets.createdAt}`;
const bucket = sql<(typeof ageBuckets)[number]>`case
  when ${age} < interval '1 day' then '<1d'
  when ${age} < interval '7 days' then '1-7d'
  when ${age} < interval '30 days' then '7-30d'
  when ${age} < interval '90 days' then '30-90d'
  else '>90d' end`;
const counted = (status: string) => sql<number>`count(*) filter (where ${tickets.status} = ${status})`.mapWith(Number);

/** Tickets not closed, now, by how long ago they were created and by status; every bucket present. */
export async function aging(deps: Deps, actor: Actor, input: ReportInput): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  const rows = scope
    ? await deps.db
        .select({
          age: bucket,
          open: counted('open'),
          in_progress: counted('in_progress'),
          blocked: counted('blocked'),
          total: sql<number>`count(*)`.mapWith(Number),
        })
        .from(tickets)
        .where(and(...scope.conditions, ne(tickets.status, 'closed')))
        .groupBy(bucket)
    : [];
  return {
    rows: ageBuckets.map(
      (name) => rows.find((row) => row.age === name) ?? { age: name, open: 0, in_progress: 0, blocked: 0, total: 0 },
    ),
  };
}
