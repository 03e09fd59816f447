import type { Executor } from '@ticketing/db/client';
import { jobs } from '@ticketing/db/schema';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';

export interface ClaimedJob {
  id: number;
  queue: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

const ms = (value: number) => sql`${value} * interval '1 millisecond'`;

/**
 * Takes up to `limit` due jobs of these queues for this worker, each leased for its queue's time
 * (`leaseMs`). FOR UPDATE SKIP LOCKED: workers in any number of processes never take the same job.
 */
export async function claimJobs(
  db: Executor,
  options: { leaseMs: Readonly<Record<string, number>>; limit: number; workerId: string },
): Promise<ClaimedJob[]> {
  const queues = Object.keys(options.leaseMs);
  if (options.limit <= 0 || queues.length === 0) return [];
  // A job whose process died is claimed again after its own lease, not the longest of all queues'.
  const lease = sql`case ${jobs.queue} ${sql.join(
    Object.entries(options.leaseMs).map(([queue, leaseMs]) => sql`when ${queue} then ${ms(leaseMs)}`),
    sql` `,
  )} end`;
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.state, 'pending'), lte(jobs.runAt, sql`now()`), inArray(jobs.queue, queues)))
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: options.workerId,
      lockedUntil: sql`now() + ${lease}`,
      updatedAt: sql`now()`,
    })
    .where(inArray(jobs.id, due))
    .returning({
      id: jobs.id,
      queue: jobs.queue,
      payload: jobs.payload,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
    });
}

// Only the worker that holds the job may settle it: one whose lease expired and was taken over
// finds nothing to update.
const heldBy = (id: number, workerId: string) =>
  and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.state, 'running'));
const released = { lockedBy: null, lockedUntil: null, updatedAt: sql`now()` };

export async function completeJob(db: Executor, id: number, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({ ...released, state: 'done', finishedAt: sql`now()`, lastError: null })
    .where(heldBy(id, workerId));
}

/** A failed run: retried after `retryInMs`, or dead when that was the last attempt (or `dead`). */
export async function failJob(
  db: Executor,
  job: ClaimedJob,
  workerId: string,
  outcome: { error: string; retryInMs: number; dead: boolean },
): Promise<void> {
  const dead = outcome.dead || job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      ...released,
      state: dead ? 'dead' : 'pending',
      lastError: outcome.error.slice(0, 2000),
      ...(dead ? { finishedAt: sql`now()` } : { runAt: sql`now() + ${ms(outcome.retryInMs)}` }),
    })
    .where(heldBy(job.id, workerId));
}

/** Gives a job back untouched (the process is stopping): its attempt does not count. */
export async function releaseJob(db: Executor, id: number, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({ ...released, state: 'pending', runAt: sql`now()`, attempts: sql`${jobs.attempts} - 1` })
    .where(heldBy(id, workerId));
}

/**
 * Jobs whose worker vanished (a crash, kill -9) with their lease run out: due again, or dead if that
 * was their last attempt.
 */
export async function reclaimExpiredJobs(db: Executor): Promise<number> {
  const reclaimed = await db
    .update(jobs)
    .set({
      ...released,
      state: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then 'dead'::job_state else 'pending'::job_state end`,
      runAt: sql`now()`,
      lastError: 'the worker running it stopped before it finished (its lease ran out)',
      finishedAt: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then now() end`,
    })
    .where(and(eq(jobs.state, 'running'), lte(jobs.lockedUntil, sql`now()`)))
    .returning({ id: jobs.id });
  return reclaimed.length;
}
