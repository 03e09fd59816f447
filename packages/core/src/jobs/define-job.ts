import type { z } from 'zod';
import type { Deps } from '../deps.ts';

export interface JobContext {
  deps: Deps;
  jobId: number;
  /** 1 on the first run. */
  attempt: number;
  /** Aborted when the job's time is up or the process is stopping: pass it to anything that waits. */
  signal: AbortSignal;
}

/** One kind of background job: its queue, what its payload looks like, how it runs and retries. */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  queue: string;
  payload: P;
  /** Runs after which it is dead (no more retries). */
  maxAttempts: number;
  /** Longest a run may take; then it is aborted and retried. A function when it depends on configuration. */
  timeoutMs: number | ((deps: Deps) => number);
  /** The wait before attempt `attempt + 1`; exponential with jitter when absent. */
  retryDelayMs?(attempt: number): number;
  handle(payload: z.infer<P>, context: JobContext): Promise<void>;
}

export const defineJob = <P extends z.ZodType>(definition: JobDefinition<P>) => definition;

/** 1 s, 2 s, 4 s … up to an hour, ±20 % so that jobs failing together do not retry together. */
export function exponentialBackoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 3_600_000) * (0.8 + Math.random() * 0.4);
}

/** Thrown by a handler: try again at this time (a server's Retry-After), not on the usual schedule. */
export class RetryAt extends Error {
  override readonly name = 'RetryAt';
  constructor(
    message: string,
    readonly at: Date,
  ) {
    super(message);
  }
}

/** Thrown by a handler: this job can never succeed (a 410 Gone); it is dead at once. */
export class GiveUp extends Error {
  override readonly name = 'GiveUp';
}
