import type { Executor } from '@ticketing/db/client';
import { jobs } from '@ticketing/db/schema';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { JobDefinition } from './define-job.ts';
import { JOBS_CHANNEL } from './enqueue-job.ts';

/**
 * Adds many jobs of one kind in the caller's transaction: one insert and one wake-up, however many.
 * Each is keyed (a key enqueued before does nothing).
 */
export async function enqueueJobs<P extends z.ZodType>(
  tx: Executor,
  definition: JobDefinition<P>,
  items: readonly { payload: z.input<P>; idempotencyKey: string }[],
): Promise<void> {
  if (items.length === 0) return;
  await tx
    .insert(jobs)
    .values(
      items.map((item) => ({
        queue: definition.queue,
        payload: definition.payload.parse(item.payload),
        idempotencyKey: item.idempotencyKey,
        maxAttempts: definition.maxAttempts,
      })),
    )
    .onConflictDoNothing();
  await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${definition.queue})`);
}
