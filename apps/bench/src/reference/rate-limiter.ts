import type { Actor } from '@ticketing/core/actor';

export interface RateLimits {
  perMinute: number;
  perTokenPerMinute: number;
  anonymousPerMinute: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
  exceeded: boolean;
}

/** The real server's window. */
const RATE_LIMIT_WINDOW_MS = 60_000;

/** Keys counted in one window at most; past it the window starts over (a flood of addresses, not users). */
const MAX_KEYS = 100_000;

/**
 * The real server's budgets (per user, per API token inside it, per anonymous address) in the same
 * one-minute windows, counted in this process only: the cheapest limiter that still counts every
 * request, as a single-process reference server would have it.
 */
export class RateLimiter {
  #windowStart = 0;
  #counts = new Map<string, number>();

  constructor(private readonly limits: RateLimits) {}

  /** Counts one request against each budget; the exceeded budget, else the tightest (as hitRateLimit). */
  hit(actor: Actor | null, address: string, now = Date.now()): RateLimitState {
    const windowStart = now - (now % RATE_LIMIT_WINDOW_MS);
    if (windowStart !== this.#windowStart || this.#counts.size >= MAX_KEYS) {
      this.#windowStart = windowStart;
      this.#counts.clear();
    }
    const resetSeconds = Math.ceil((windowStart + RATE_LIMIT_WINDOW_MS - now) / 1000);
    const states = this.#budgetsOf(actor, address).map(({ key, limit }) => {
      const count = (this.#counts.get(key) ?? 0) + 1;
      this.#counts.set(key, count);
      return { limit, remaining: Math.max(0, limit - count), resetSeconds, exceeded: count > limit };
    });
    const exceeded = states.find((state) => state.exceeded);
    return exceeded ?? states.reduce((tightest, state) => (state.remaining < tightest.remaining ? state : tightest));
  }

  #budgetsOf(actor: Actor | null, address: string): { key: string; limit: number }[] {
    if (!actor) return [{ key: `ip:${address}`, limit: this.limits.anonymousPerMinute }];
    const user = { key: `user:${actor.userId}`, limit: this.limits.perMinute };
    if (actor.via.kind !== 'token') return [user];
    return [user, { key: `token:${actor.via.tokenId}`, limit: this.limits.perTokenPerMinute }];
  }
}
