import { jobStates, jobs } from '@ticketing/db/schema';
import { and, count, desc, eq, isNotNull, min, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';

export const jobStatsSchema = z
  .object({
    queues: z.array(
      z.object({
        queue: z.string(),
        counts: z.object(
          Object.fromEntries(jobStates.map((state) => [state, z.number().int()])) as Record<
            (typeof jobStates)[number],
            z.ZodNumber
          >,
        ),
        oldestPendingSeconds: z.number().int().nullable().describe('Age of the oldest job due and not yet run'),
      }),
    ),
    recentFailures: z.array(
      z.object({
        id: z.number().int(),
        queue: z.string(),
        state: z.enum(jobStates),
        attempts: z.number().int(),
        maxAttempts: z.number().int(),
        error: z.string(),
        at: z.date(),
      }),
    ),
  })
  .meta({ id: 'JobStats' });
export type JobStats = z.infer<typeof jobStatsSchema>;

/** What the background job runners are doing: counts by queue and state, backlog age, recent failures. */
export async function jobStats(deps: Deps, actor: Actor): Promise<JobStats> {
  assertCan(actor, 'jobs:read');
  const [counts, backlog, failures] = await Promise.all([
    deps.db.select({ queue: jobs.queue, state: jobs.state, n: count() }).from(jobs).groupBy(jobs.queue, jobs.state),
    deps.db
      .select({
        queue: jobs.queue,
        oldest: sql<number>`extract(epoch from now() - ${min(jobs.runAt)})::int`,
      })
      .from(jobs)
      .where(and(eq(jobs.state, 'pending'), sql`${jobs.runAt} <= now()`))
      .groupBy(jobs.queue),
    deps.db.select().from(jobs).where(isNotNull(jobs.lastError)).orderBy(desc(jobs.updatedAt)).limit(20),
  ]);
  const queues = [...new Set(counts.map((row) => row.queue))].sort();
  return {
    queues: queues.map((queue) => ({
      queue,
      counts: Object.fromEntries(
        jobStates.map((state) => [state, counts.find((row) => row.queue === queue && row.state === state)?.n ?? 0]),
      ) as JobStats['queues'][number]['counts'],
      oldestPendingSeconds: backlog.find((row) => row.queue === queue)?.oldest ?? null,
    })),
    recentFailures: failures.map((row) => ({
      id: row.id,
      queue: row.queue,
      state: row.state,
      attempts: row.attempts,
      maxAttempts: row.maxAttempts,
      error: row.lastError ?? '',
      at: row.updatedAt,
    })),
  };
}
