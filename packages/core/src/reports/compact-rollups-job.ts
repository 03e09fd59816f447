import type { Executor } from '@ticketing/db/client';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';

/** Folds the report rollups' appended rows into one per key (the SQL function of migration 0013). */
export async function compactReportRollups(db: Executor): Promise<void> {
  await db.execute(sql`select report_rollups_compact()`);
}

/**
 * Every half minute: the reports sum a key's rows, so between runs they read at most the rows
 * appended in that time (each write appends one or two).
 */
export const compactRollupsJob = defineJob({
  queue: 'reports.compact',
  payload: z.object({}),
  maxAttempts: 3,
  timeoutMs: 60_000,
  handle: async (_payload, { deps }) => compactReportRollups(deps.db),
});
