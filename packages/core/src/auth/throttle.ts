import type { Executor } from '@ticketing/db/client';
import { loginThrottle } from '@ticketing/db/schema';
import { eq, not, sql } from 'drizzle-orm';
import { DomainError } from '../errors.ts';
import { addressKey } from './address-key.ts';

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

const emailKey = (email: string) => `email:${email}`;
const ipKey = (clientIp: string) => `ip:${addressKey(clientIp)}`;
const keysFor = (email: string, clientIp: string | null) => [emailKey(email), ...(clientIp ? [ipKey(clientIp)] : [])];

// A window still running: started less than LOGIN_FAILURE_WINDOW_MS ago. Every comparison and the
// Retry-After use the database's clock, which all server processes share.
const windowLength = sql`${LOGIN_FAILURE_WINDOW_MS / 1000} * interval '1 second'`;
const windowOpen = sql`${loginThrottle.windowStart} > now() - ${windowLength}`;

/**
 * Counts this attempt against the email and the client address before the password is checked, in
 * one upsert: the row lock of ON CONFLICT orders concurrent attempts, so however many arrive at once
 * (from however many processes), at most LOGIN_FAILURE_LIMIT per window are ever checked. Past the
 * limit the attempt is refused with E_RATE_LIMITED and Retry-After.
 */
export async function reserveLoginAttempt(db: Executor, email: string, clientIp: string | null): Promise<void> {
  const rows = await db
    .insert(loginThrottle)
    .values(keysFor(email, clientIp).map((key) => ({ key, windowStart: sql`now()`, attempts: 1 })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        windowStart: sql`case when ${windowOpen} then ${loginThrottle.windowStart} else now() end`,
        attempts: sql`case when ${windowOpen} then ${loginThrottle.attempts} + 1 else 1 end`,
      },
    })
    .returning({
      attempts: loginThrottle.attempts,
      secondsLeft: sql<number>`ceil(extract(epoch from ${loginThrottle.windowStart} + ${windowLength} - now()))::int`,
    });
  if (Math.random() < 0.01) {
    // Expired windows never count again; pruning now and then keeps the table at one window's worth.
    await db.delete(loginThrottle).where(not(windowOpen));
  }
  const blocked = rows.filter((row) => row.attempts > LOGIN_FAILURE_LIMIT);
  if (blocked.length === 0) return;
  const retryAfterSeconds = Math.max(1, ...blocked.map((row) => row.secondsLeft));
  throw new DomainError('E_RATE_LIMITED', 'Too many failed login attempts; try again later', { retryAfterSeconds });
}

/**
 * A successful login forgives the account's failures, and gives back the attempt it reserved on the
 * address (a success is not a failure; the address's earlier failures still count).
 */
export async function forgiveLoginAttempt(db: Executor, email: string, clientIp: string | null): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, emailKey(email)));
  if (!clientIp) return;
  await db
    .update(loginThrottle)
    .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
    .where(eq(loginThrottle.key, ipKey(clientIp)));
}
