import { rateLimits } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_WINDOW_MS, RateLimiter } from '../src/rate-limit/rate-limiter.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

// Times are given explicitly: every test sits in the middle of one fixed window.
const window = Math.floor(Date.now() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS;
const at = (seconds: number) => window + seconds * 1000;
let keys = 0;
const freshKey = () => `test:${++keys}:${Math.random()}`;
const stored = async (key: string) =>
  (await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key)))[0]?.count ?? 0;

describe('the in-process rate limiter', () => {
  it('counts exactly within one process, tightest budget first, and writes its counts on sync', async () => {
    const limiter = new RateLimiter(db, { syncMs: 60_000 });
    const user = { key: freshKey(), limit: 5 };
    const token = { key: freshKey(), limit: 3 };
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await limiter.hit([user, token], at(10)));
    expect(states.map((state) => [state.limit, state.remaining, state.exceeded])).toEqual([
      [3, 2, false],
      [3, 1, false],
      [3, 0, false],
      [3, 0, true],
    ]);
    expect(states[0]?.resetSeconds).toBe(50);
    expect(await stored(user.key)).toBe(0);
    await limiter.sync(at(10));
    expect(await stored(user.key)).toBe(4);
    expect(await stored(token.key)).toBe(4);
    // Only the new hits are added by the next sync.
    await limiter.hit([user], at(11));
    await limiter.sync(at(11));
    expect(await stored(user.key)).toBe(5);
  });

  it("counts what other processes wrote: read on a key's first use, and again once it has gone stale", async () => {
    const budget = { key: freshKey(), limit: 10 };
    const a = new RateLimiter(db, { syncMs: 1_000 });
    const b = new RateLimiter(db, { syncMs: 1_000 });
    for (let i = 0; i < 6; i++) await a.hit([budget], at(20));
    await a.sync(at(20));
    // B's first request reads the 6 that A wrote.
    expect((await b.hit([budget], at(20))).remaining).toBe(3);
    for (let i = 0; i < 3; i++) await b.hit([budget], at(20));
    expect((await b.hit([budget], at(20))).exceeded).toBe(true);
    await b.sync(at(20));
    // A has not read since its sync: within the interval it still admits (the stated tolerance) …
    expect((await a.hit([budget], at(20.5))).exceeded).toBe(false);
    // … and two intervals later it reads again and refuses.
    expect((await a.hit([budget], at(23))).exceeded).toBe(true);
  });

  it('starts every window afresh and forgets finished ones', async () => {
    const limiter = new RateLimiter(db, { syncMs: 60_000 });
    const budget = { key: freshKey(), limit: 1 };
    expect((await limiter.hit([budget], at(30))).exceeded).toBe(false);
    expect((await limiter.hit([budget], at(31))).exceeded).toBe(true);
    expect((await limiter.hit([budget], at(30 + 60))).exceeded).toBe(false);
  });
});
