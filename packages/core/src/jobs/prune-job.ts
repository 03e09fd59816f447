import { jobs, webhookDeliveries, workflowRuns } from '@ticketing/db/schema';
import { and, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from './define-job.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Bookkeeping is kept this long; the event log itself is permanent. */
export const RETENTION = { doneJobsDays: 7, deadJobsDays: 30, deliveriesDays: 30, workflowRunsDays: 30 };
const BATCH = 1_000;

const ago = (days: number) => new Date(Date.now() - days * DAY_MS);

/** Deletes matching rows a batch at a time (short statements, short locks) until none are left. */
async function deleteInBatches(deleteBatch: () => Promise<number>, signal: AbortSignal): Promise<number> {
  let total = 0;
  for (;;) {
    if (signal.aborted) return total;
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < BATCH) return total;
    // Give the database a breath between batches.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The hourly clean-up of bookkeeping: finished jobs, old webhook deliveries, rule runs after 30 days. */
export const pruneJob = defineJob({
  queue: 'maintenance.prune',
  payload: z.object({}),
  maxAttempts: 3,
  timeoutMs: 5 * 60_000,
  handle: async (_payload, { deps, signal }) => {
    const { db } = deps;
    await deleteInBatches(async () => {
      const old = db
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          or(
            and(sql`${jobs.state} = 'done'`, lt(jobs.finishedAt, ago(RETENTION.doneJobsDays))),
            and(sql`${jobs.state} = 'dead'`, lt(jobs.finishedAt, ago(RETENTION.deadJobsDays))),
          ),
        )
        .limit(BATCH);
      return (await db.delete(jobs).where(inArray(jobs.id, old)).returning({ id: jobs.id })).length;
    }, signal);
    await deleteInBatches(async () => {
      const old = db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(
          and(ne(webhookDeliveries.state, 'pending'), lt(webhookDeliveries.createdAt, ago(RETENTION.deliveriesDays))),
        )
        .limit(BATCH);
      const deleted = await db
        .delete(webhookDeliveries)
        .where(inArray(webhookDeliveries.id, old))
        .returning({ id: webhookDeliveries.id });
      return deleted.length;
    }, signal);
    await deleteInBatches(async () => {
      const old = db
        .select({ id: workflowRuns.id })
        .from(workflowRuns)
        .where(lt(workflowRuns.createdAt, ago(RETENTION.workflowRunsDays)))
        .limit(BATCH);
      const deleted = await db
        .delete(workflowRuns)
        .where(inArray(workflowRuns.id, old))
        .returning({ id: workflowRuns.id });
      return deleted.length;
    }, signal);
  },
});
