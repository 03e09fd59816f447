import type { Executor } from '@ticketing/db/client';
import { loginFailures } from '@ticketing/db/schema';
import { and, count, eq, gte, inArray, lt, min } from 'drizzle-orm';
import { DomainError } from '../errors.ts';

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

const keysFor = (email: string, clientIp: string | null) => [`email:${email}`, ...(clientIp ? [`ip:${clientIp}`] : [])];

/** Refuses the attempt when the email or the client address has too many recent failures. */
export async function assertLoginAllowed(db: Executor, email: string, clientIp: string | null): Promise<void> {
  const since = new Date(Date.now() - LOGIN_FAILURE_WINDOW_MS);
  const rows = await db
    .select({ key: loginFailures.key, failures: count(), oldest: min(loginFailures.createdAt) })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, keysFor(email, clientIp)), gte(loginFailures.createdAt, since)))
    .groupBy(loginFailures.key);
  const blocked = rows.filter((r) => r.failures >= LOGIN_FAILURE_LIMIT && r.oldest);
  if (blocked.length === 0) return;
  const reopensAt = Math.max(...blocked.map((r) => (r.oldest as Date).getTime() + LOGIN_FAILURE_WINDOW_MS));
  const retryAfterSeconds = Math.max(1, Math.ceil((reopensAt - Date.now()) / 1000));
  throw new DomainError('E_RATE_LIMITED', 'Too many failed login attempts; try again later', { retryAfterSeconds });
}

export async function recordLoginFailure(db: Executor, email: string, clientIp: string | null): Promise<void> {
  await db.insert(loginFailures).values(keysFor(email, clientIp).map((key) => ({ key })));
  // Old rows never count again; pruning here keeps the table at one window's worth.
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, new Date(Date.now() - LOGIN_FAILURE_WINDOW_MS)));
}

/** A successful login forgives the account's failures (not the address's). */
export async function clearLoginFailures(db: Executor, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, `email:${email}`));
}
