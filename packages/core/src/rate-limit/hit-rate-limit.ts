import type { Executor } from '@ticketing/db/client';
import { rateLimits } from '@ticketing/db/schema';
import { lt, sql } from 'drizzle-orm';

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** One budget a request spends from: a key ("user:<id>", "token:<id>", "ip:<address>") and its limit. */
export interface RateLimitBudget {
  key: string;
  limit: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  exceeded: boolean;
}

/**
 * Counts one request against every budget given, in the current one-minute window, with a single
 * upsert: every server process on the database shares the counters. Returns the tightest budget
 * (exceeded if any is). Old windows are pruned now and then.
 */
export async function hitRateLimit(
  db: Executor,
  budgets: readonly RateLimitBudget[],
  now = Date.now(),
): Promise<RateLimitState> {
  const windowStart = new Date(now - (now % RATE_LIMIT_WINDOW_MS));
  // A fixed key order makes concurrent upserts of the same keys lock their rows in the same order.
  const sorted = [...budgets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await db
    .insert(rateLimits)
    .values(sorted.map(({ key }) => ({ key, windowStart, count: 1 })))
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ key: rateLimits.key, count: rateLimits.count });
  if (Math.random() < 0.01) {
    await db
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(windowStart.getTime() - RATE_LIMIT_WINDOW_MS)));
  }
  const resetSeconds = Math.ceil((windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now) / 1000);
  const states = sorted.map(({ key, limit }) => {
    const count = rows.find((row) => row.key === key)?.count ?? 1;
    return { limit, remaining: Math.max(0, limit - count), resetSeconds, exceeded: count > limit };
  });
  const exceeded = states.find((state) => state.exceeded);
  return exceeded ?? states.reduce((tightest, state) => (state.remaining < tightest.remaining ? state : tightest));
}
