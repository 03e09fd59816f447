import { attachments } from '@ticketing/db/schema';
import { and, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { removeObjectsJob } from './remove-objects-job.ts';

/** Uploads started and never completed are removed after this long. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

/**
 * Hourly: each abandoned upload's row, and in the same transaction a job that removes its object (if
 * any bytes arrived), so a storage hiccup is retried rather than leaving the object behind.
 */
export const abandonedUploadsJob = defineJob({
  queue: 'attachments.abandoned',
  payload: z.object({}),
  maxAttempts: 3,
  timeoutMs: 5 * 60_000,
  handle: async (_payload, { deps, signal }) => {
    if (!deps.config.attachments) return;
    const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS);
    for (;;) {
      if (signal.aborted) return;
      const stale = await deps.db
        .select({ id: attachments.id, objectKey: attachments.objectKey })
        .from(attachments)
        .where(and(eq(attachments.state, 'pending'), lt(attachments.createdAt, cutoff)))
        .limit(BATCH);
      for (const row of stale) {
        // Only if still pending: a completion that won the race keeps its row and its object; one that
        // comes after finds no attachment.
        await deps.db.transaction(async (tx) => {
          const [gone] = await tx
            .delete(attachments)
            .where(and(eq(attachments.id, row.id), eq(attachments.state, 'pending')))
            .returning({ objectKey: attachments.objectKey, uploadId: attachments.uploadId });
          if (!gone) return;
          const parts = gone.uploadId ? { key: gone.objectKey, uploadId: gone.uploadId } : undefined;
          await enqueueJob(
            tx,
            removeObjectsJob,
            { keys: [gone.objectKey], ...(parts ? { parts } : {}) },
            { idempotencyKey: row.id },
          );
        });
      }
      if (stale.length < BATCH) return;
    }
  },
});
