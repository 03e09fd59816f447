/**
 * The Standard Webhooks retry schedule: after the first attempt, the waits before each retry (so a
 * delivery is tried 10 times over about three days).
 */
export const RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  14 * 3_600_000,
  20 * 3_600_000,
  24 * 3_600_000,
] as const;

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

const LONGEST_DELAY_MS = RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1] ?? 0;

/**
 * The wait after attempt `attempt` (1-based) failed, times `scale`, ±10 % so that deliveries failing
 * together (a receiver that went down) do not all come back at the same moment.
 */
export function retryDelayMs(attempt: number, scale: number): number {
  const base = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1] ?? LONGEST_DELAY_MS;
  return Math.round(base * scale * (0.9 + Math.random() * 0.2));
}

/**
 * A `Retry-After` header (seconds, or an HTTP date) as a wait in milliseconds, at most the longest
 * step of the schedule; null when absent or unreadable. It is the receiver's own word, so the
 * schedule's scale does not apply.
 */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return null;
  const wait = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(wait)) return null;
  return Math.min(Math.max(wait, 0), LONGEST_DELAY_MS);
}
