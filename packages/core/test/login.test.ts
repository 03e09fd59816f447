import { users } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientInfo } from '../src/auth/client-info.ts';
import { validateSessionToken } from '../src/auth/sessions.ts';
import { LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_WINDOW_MS } from '../src/auth/throttle.ts';
import { makeUser, TEST_PASSWORD } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { noClient, rejectionOf, signIn } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const WRONG_PASSWORD = 'not the right password';

let addressCount = 0;
/** A client at an address no other test uses, so address throttling never leaks between tests. */
const freshClient = (): ClientInfo => ({ ip: `203.0.113.${++addressCount}`, userAgent: 'vitest' });

const unknownEmail = () => `nobody-${crypto.randomUUID()}@example.com`;

/** Fails `times` logins, asserting each one is an ordinary credentials failure (not yet throttled). */
async function failLogins(times: number, email: () => string, client: ClientInfo = noClient) {
  for (let i = 0; i < times; i++) {
    await expect(signIn(deps, email(), WRONG_PASSWORD, client)).rejects.toMatchObject({ code: 'E_UNAUTHENTICATED' });
  }
}

async function expectRateLimited(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error.code).toBe('E_RATE_LIMITED');
  const { retryAfterSeconds } = error.details;
  expect(typeof retryAfterSeconds).toBe('number');
  expect(retryAfterSeconds).toBeGreaterThan(0);
  expect(retryAfterSeconds).toBeLessThanOrEqual(LOGIN_FAILURE_WINDOW_MS / 1000);
}

describe('login', () => {
  it('returns a session token, its expiry and the user without the password hash', async () => {
    const user = await makeUser(db);
    const result = await signIn(deps, user.email, TEST_PASSWORD);
    expect(result.token).toMatch(/^[a-z2-7]{32}$/);
    expect(result.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(result.user).toMatchObject({ id: user.id, email: user.email, name: user.name, role: 'user', active: true });
    expect(result.user).not.toHaveProperty('passwordHash');
    expect((await validateSessionToken(db, result.token))?.user.id).toBe(user.id);
  });

  it("records the client's address and user agent on the new session", async () => {
    const user = await makeUser(db);
    const result = await signIn(deps, user.email, TEST_PASSWORD, { ip: '192.0.2.10', userAgent: 'Firefox' });
    const validated = await validateSessionToken(db, result.token);
    expect(validated?.session).toMatchObject({ ipAddress: '192.0.2.10', userAgent: 'Firefox' });
  });

  it('fails a wrong password and an unknown email in exactly the same way', async () => {
    const user = await makeUser(db);
    const wrongPassword = await rejectionOf(signIn(deps, user.email, WRONG_PASSWORD));
    const unknown = await rejectionOf(signIn(deps, unknownEmail(), TEST_PASSWORD));
    expect(wrongPassword.code).toBe('E_UNAUTHENTICATED');
    expect(unknown.code).toBe('E_UNAUTHENTICATED');
    expect(unknown.message).toBe(wrongPassword.message);
    expect(unknown.details).toEqual(wrongPassword.details);
  });

  it('refuses a deactivated user with the same error, even with the right password', async () => {
    const user = await makeUser(db);
    const reference = await rejectionOf(signIn(deps, unknownEmail(), TEST_PASSWORD));
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const error = await rejectionOf(signIn(deps, user.email, TEST_PASSWORD));
    expect(error.code).toBe('E_UNAUTHENTICATED');
    expect(error.message).toBe(reference.message);
  });

  it('matches the email case-insensitively', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const user = await makeUser(db, { email: `Mixed.Case-${tag}@Example.com` });
    for (const email of [`MIXED.CASE-${tag}@EXAMPLE.COM`, `mixed.case-${tag}@example.com`, ` ${user.email} `]) {
      const result = await signIn(deps, email, TEST_PASSWORD);
      expect(result.user.id).toBe(user.id);
    }
  });
});

describe('login throttling', () => {
  it(`refuses an email after ${LOGIN_FAILURE_LIMIT} failures, even with the right password`, async () => {
    const user = await makeUser(db);
    await failLogins(LOGIN_FAILURE_LIMIT, () => user.email);
    await expectRateLimited(signIn(deps, user.email, TEST_PASSWORD));
    // Throttling is per email: the same password still signs another account in.
    const other = await makeUser(db);
    expect((await signIn(deps, other.email, TEST_PASSWORD)).user.id).toBe(other.id);
  });

  it('throttles an email whatever letter case the attempts use', async () => {
    const user = await makeUser(db);
    await failLogins(LOGIN_FAILURE_LIMIT, () => user.email.toUpperCase());
    await expectRateLimited(signIn(deps, user.email, TEST_PASSWORD));
  });

  it('throttles one client address across different emails', async () => {
    const client = freshClient();
    await failLogins(LOGIN_FAILURE_LIMIT, unknownEmail, client);
    const user = await makeUser(db);
    await expectRateLimited(signIn(deps, user.email, TEST_PASSWORD, client));
    // The account itself is not blocked: it signs in from another address.
    expect((await signIn(deps, user.email, TEST_PASSWORD, freshClient())).user.id).toBe(user.id);
  });

  it("a successful login forgives the email's failures", async () => {
    const user = await makeUser(db);
    await failLogins(LOGIN_FAILURE_LIMIT - 1, () => user.email);
    await signIn(deps, user.email, TEST_PASSWORD);
    await failLogins(LOGIN_FAILURE_LIMIT - 1, () => user.email);
    expect((await signIn(deps, user.email, TEST_PASSWORD)).user.id).toBe(user.id);
  });

  it("a successful login does not forgive the address's failures", async () => {
    const client = freshClient();
    const user = await makeUser(db);
    await failLogins(LOGIN_FAILURE_LIMIT - 1, () => user.email, client);
    await signIn(deps, user.email, TEST_PASSWORD, client);
    await failLogins(1, unknownEmail, client);
    await expectRateLimited(signIn(deps, user.email, TEST_PASSWORD, client));
  });
});
