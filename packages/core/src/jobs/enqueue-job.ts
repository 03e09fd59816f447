import type { Executor } from '@ticketing/db/client';
import { jobs } from '@ticketing/db/schema';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { JobDefinition } from './define-job.ts';

/** The wake-up channel of the job runners: NOTIFY on commit, so a rolled-back job wakes nobody. */
export const JOBS_CHANNEL = 'ticketing_jobs';

export interface EnqueueOptions {
  /** At most one job per queue and key: enqueueing the same key again does nothing. */
  idempotencyKey?: string;
  runAt?: Date;
}

/**
 * Adds a job in the caller's transaction: it exists, and runs, only if that transaction commits.
 * Returns false when a job with the same idempotency key already exists.
 */
export async function enqueueJob<P extends z.ZodType>(
  tx: Executor,
  definition: JobDefinition<P>,
  payload: z.input<P>,
  options: EnqueueOptions = {},
): Promise<boolean> {
  const inserted = await tx
    .insert(jobs)
    .values({
      queue: definition.queue,
      payload: definition.payload.parse(payload),
      idempotencyKey: options.idempotencyKey ?? null,
      maxAttempts: definition.maxAttempts,
      ...(options.runAt ? { runAt: options.runAt } : {}),
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${definition.queue})`);
  return inserted.length > 0;
}
