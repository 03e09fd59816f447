import type { AttemptResult } from './post-webhook.ts';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-schedule.ts';

/** What an attempt means for its delivery. */
export type Verdict =
  | { kind: 'succeeded' }
  | { kind: 'retry'; at: Date }
  | { kind: 'failed' }
  /** 410 Gone: the receiver says this URL is over; the webhook is disabled at once. */
  | { kind: 'gone' };

/** Worth another try: the receiver was unreachable, slow, busy (429) or broken (5xx). */
function transient(result: AttemptResult): boolean {
  if (result.failure === 'network' || result.failure === 'timeout') return true;
  return result.failure === 'status' && result.status !== null && (result.status === 429 || result.status >= 500);
}

/**
 * Only 2xx succeeds. Network errors, timeouts, 429 and 5xx are retried on the schedule, or when the
 * receiver's Retry-After says; anything else (3xx, other 4xx, a refused address) is final, as is the
 * last attempt.
 */
export function verdictOf(result: AttemptResult, attempt: number, retryScale: number, now = Date.now()): Verdict {
  if (result.failure === null) return { kind: 'succeeded' };
  if (result.failure === 'status' && result.status === 410) return { kind: 'gone' };
  if (!transient(result) || attempt >= MAX_ATTEMPTS) return { kind: 'failed' };
  return { kind: 'retry', at: new Date(now + (result.retryAfterMs ?? retryDelayMs(attempt, retryScale))) };
}
