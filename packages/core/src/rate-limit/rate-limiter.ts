import type { Executor } from '@ticketing/db/client';
import { rateLimits } from '@ticketing/db/schema';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';

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

export interface RateLimiterOptions {
  /** How often this process writes its counts and reads everyone's (ms). */
  syncMs?: number;
  /** Counters kept in memory; past this, a sync is started at once and the oldest idle ones go. */
  maxKeys?: number;
}

interface Counter {
  key: string;
  windowStart: number;
  /** Everyone's count as the database last said (this process's synced hits included). */
  known: number;
  /** This process's hits not yet written. */
  pending: number;
  /** When `known` was last read. */
  readAt: number;
  /** The first read of this counter, shared by the requests that wait for it. */
  loading?: Promise<void>;
}

const SYNC_BATCH = 500;

/**
 * Request counters per budget and one-minute window, kept in this process and reconciled through the
 * `rate_limits` table: a request costs no statement of its own, except the first of a key in a window
 * (or after 2 sync intervals without use), which reads the count every process has written so far.
 * Every `syncMs` the process adds its new hits to the shared rows and reads the totals back.
 *
 * Within one process the limit is exact. Across processes a key can go over its limit by at most the
 * requests the other processes admitted for it since their last sync (one interval, 1 s by default).
 */
export class RateLimiter {
  readonly #counters = new Map<string, Counter>();
  readonly #syncMs: number;
  readonly #maxKeys: number;
  #timer: NodeJS.Timeout | undefined;
  #syncing: Promise<void> | undefined;
  #lastPrune = 0;

  constructor(
    private readonly db: Executor,
    options: RateLimiterOptions = {},
  ) {
    this.#syncMs = options.syncMs ?? 1_000;
    this.#maxKeys = options.maxKeys ?? 100_000;
  }

  start(): void {
    this.#timer ??= setInterval(() => void this.sync().catch(() => {}), this.#syncMs);
    this.#timer.unref();
  }

  /** Stops the timer and writes what is pending (bounded by the database's statement timeout). */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.sync().catch(() => {});
  }

  /** Counts one request against every budget; returns the tightest (exceeded if any is). */
  async hit(budgets: readonly RateLimitBudget[], now = Date.now()): Promise<RateLimitState> {
    const windowStart = now - (now % RATE_LIMIT_WINDOW_MS);
    const counters = budgets.map(({ key }) => this.#counter(key, windowStart, now));
    const stale = counters.filter((counter) => !counter.loading && now - counter.readAt > 2 * this.#syncMs);
    if (stale.length > 0) {
      const loading = this.#read(stale, windowStart, now);
      for (const counter of stale) counter.loading = loading;
    }
    await Promise.all(counters.map((counter) => counter.loading));
    const resetSeconds = Math.ceil((windowStart + RATE_LIMIT_WINDOW_MS - now) / 1000);
    const states = budgets.map(({ limit }, index) => {
      const counter = counters[index] as Counter;
      counter.pending++;
      const count = counter.known + counter.pending;
      return { limit, remaining: Math.max(0, limit - count), resetSeconds, exceeded: count > limit };
    });
    if (this.#counters.size > this.#maxKeys) void this.sync().catch(() => {});
    const exceeded = states.find((state) => state.exceeded);
    return exceeded ?? states.reduce((tightest, state) => (state.remaining < tightest.remaining ? state : tightest));
  }

  #counter(key: string, windowStart: number, now: number): Counter {
    const id = `${windowStart}:${key}`;
    let counter = this.#counters.get(id);
    if (!counter) {
      counter = { key, windowStart, known: 0, pending: 0, readAt: now - 3 * this.#syncMs };
      this.#counters.set(id, counter);
    }
    return counter;
  }

  async #read(counters: Counter[], windowStart: number, now: number): Promise<void> {
    try {
      const rows = await this.db
        .select({ key: rateLimits.key, count: rateLimits.count })
        .from(rateLimits)
        .where(
          and(
            inArray(
              rateLimits.key,
              counters.map((counter) => counter.key),
            ),
            eq(rateLimits.windowStart, new Date(windowStart)),
          ),
        );
      for (const counter of counters) {
        counter.known = Math.max(counter.known, rows.find((row) => row.key === counter.key)?.count ?? 0);
        counter.readAt = now;
      }
    } finally {
      for (const counter of counters) counter.loading = undefined;
    }
  }

  /** Writes this process's pending hits, reads the totals back, and drops finished windows. */
  sync(now = Date.now()): Promise<void> {
    this.#syncing ??= this.#sync(now).finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async #sync(now: number): Promise<void> {
    const current = now - (now % RATE_LIMIT_WINDOW_MS);
    const dirty = [...this.#counters.values()].filter((counter) => counter.pending > 0);
    for (let start = 0; start < dirty.length; start += SYNC_BATCH) {
      const batch = dirty.slice(start, start + SYNC_BATCH);
      const flushed = batch.map((counter) => counter.pending);
      const rows = await this.db
        .insert(rateLimits)
        .values(
          batch.map((counter, index) => ({
            key: counter.key,
            windowStart: new Date(counter.windowStart),
            count: flushed[index] ?? 0,
          })),
        )
        .onConflictDoUpdate({
          target: [rateLimits.key, rateLimits.windowStart],
          set: { count: sql`${rateLimits.count} + excluded.count` },
        })
        .returning({ key: rateLimits.key, windowStart: rateLimits.windowStart, count: rateLimits.count });
      batch.forEach((counter, index) => {
        counter.pending -= flushed[index] ?? 0;
        const row = rows.find((r) => r.key === counter.key && r.windowStart.getTime() === counter.windowStart);
        if (row) {
          counter.known = row.count;
          counter.readAt = now;
        }
      });
    }
    for (const [id, counter] of this.#counters) {
      if (counter.windowStart < current && counter.pending === 0) this.#counters.delete(id);
    }
    // Over the bound (many addresses in one minute): idle counters go, oldest first; their next use
    // reads the count again.
    for (const [id, counter] of this.#counters) {
      if (this.#counters.size <= this.#maxKeys) break;
      if (counter.pending === 0 && !counter.loading) this.#counters.delete(id);
    }
    if (now - this.#lastPrune > RATE_LIMIT_WINDOW_MS) {
      this.#lastPrune = now;
      await this.db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(current - RATE_LIMIT_WINDOW_MS)));
    }
  }
}
