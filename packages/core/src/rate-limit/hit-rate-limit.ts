import type { Executor } from '@ticketing/db/client';
import { rateLimits } from '@ticketing/db/schema';
import { lt, sql } from 'drizzle-orm';

export const RATE_LIMIT_WINDOW_MS = 60_000;

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  exceeded: boolean;
}

/**
 * Counts one request against `key` in the current one-minute window: a single upsert, so every server
 * process on the database shares the counter. Old windows are pruned now and then.
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  limit: number,
  now = Date.now(),
): Promise<RateLimitState> {
  const windowStart = new Date(now - (now % RATE_LIMIT_WINDOW_MS));
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  if (Math.random() < 0.01) {
    await db
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(windowStart.getTime() - RATE_LIMIT_WINDOW_MS)));
  }
  return {
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.ceil((windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now) / 1000),
    exceeded: count > limit,
  };
}
