import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps, timestampTz } from './columns.ts';

export const jobStates = ['pending', 'running', 'done', 'dead'] as const;
export type JobState = (typeof jobStates)[number];
export const jobState = pgEnum('job_state', jobStates);

/**
 * Background work, claimed with FOR UPDATE SKIP LOCKED by any server process: the same code on PGlite
 * and PostgreSQL, enqueued in the caller's transaction. A pending job runs at `runAt`; a running one
 * holds a lease until `lockedUntil` (a crashed worker's job is claimed again after it).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    queue: text().notNull(),
    payload: jsonb().notNull(),
    // At most one job per queue and key: enqueueing again is a no-op (retries of the caller, a
    // recurring job's time slot).
    idempotencyKey: text(),
    state: jobState().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    runAt: timestampTz().notNull().defaultNow(),
    lockedBy: text(),
    lockedUntil: timestampTz(),
    lastError: text(),
    finishedAt: timestampTz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('jobs_queue_key_idx').on(t.queue, t.idempotencyKey),
    index('jobs_claim_idx').on(t.runAt, t.id).where(sql`${t.state} = 'pending'`),
    index('jobs_lease_idx').on(t.lockedUntil).where(sql`${t.state} = 'running'`),
    index('jobs_queue_state_idx').on(t.queue, t.state),
    index('jobs_finished_idx').on(t.finishedAt).where(sql`${t.finishedAt} is not null`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
