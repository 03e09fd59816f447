import { RATE_LIMIT_WINDOW_MS } from '@ticketing/core/rate-limit/rate-limiter';
import { makeUser, TEST_PASSWORD } from '@ticketing/core/testing/factories';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

const PER_USER = 6;
const PER_TOKEN = 4;
const ANONYMOUS = 3;

// Behind one trusted proxy, so that every test is its own anonymous client (X-Forwarded-For).
const server = await startTestServer({
  RATE_LIMIT_PER_MINUTE: String(PER_USER),
  RATE_LIMIT_PER_TOKEN_PER_MINUTE: String(PER_TOKEN),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS),
  TRUST_PROXY: '1',
});
afterAll(() => server.close());

// Limits count per one-minute window. Each test spends its budgets within a second or two; starting
// it with at least 15 s of the window left means the counters cannot reset half-way through.
beforeEach(async () => {
  const left = RATE_LIMIT_WINDOW_MS - (Date.now() % RATE_LIMIT_WINDOW_MS);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
});

let addresses = 0;
/** A client address no other test uses. */
const freshAddress = () => `198.51.100.${++addresses}`;

const limitHeaders = (response: Response) => ({
  limit: Number(response.headers.get('ratelimit-limit')),
  remaining: Number(response.headers.get('ratelimit-remaining')),
  reset: Number(response.headers.get('ratelimit-reset')),
});

/** A fresh user (made in the database, so no one's budget pays for it) signed in from a fresh address. */
async function freshUser() {
  const user = await makeUser(server.connection.db);
  const login = await server.request('/api/v1/auth/login', {
    method: 'POST',
    json: { email: user.email, password: TEST_PASSWORD },
    headers: { 'x-forwarded-for': freshAddress() },
  });
  expect(login.status, await login.clone().text()).toBe(200);
  return { user, session: ((await login.json()) as { token: string }).token };
}

async function mintToken(session: string): Promise<string> {
  const response = await server.request('/api/v1/auth/tokens', {
    method: 'POST',
    token: session,
    json: { name: `rl-${crypto.randomUUID()}`, scopes: ['read'] },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

async function expectLimited(response: Response, limit: number): Promise<void> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const body = await expectError(response, 429, 'E_RATE_LIMITED');
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(body.details).toMatchObject({ limit, retryAfterSeconds: retryAfter });
  expect(limitHeaders(response).remaining).toBe(0);
}

describe('rate limits', () => {
  it('announce themselves on every response, counting down, and answer 429 with Retry-After', async () => {
    const { session } = await freshUser();
    // Signing in is anonymous: the user's budget is whole.
    const remaining: number[] = [];
    for (let i = 0; i < PER_USER; i++) {
      const response = await server.request('/api/v1/auth/me', { token: session });
      expect(response.status).toBe(200);
      const headers = limitHeaders(response);
      expect(headers.limit).toBe(PER_USER);
      expect(headers.reset).toBeGreaterThan(0);
      expect(headers.reset).toBeLessThanOrEqual(60);
      remaining.push(headers.remaining);
    }
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0]);
    await expectLimited(await server.request('/api/v1/auth/me', { token: session }), PER_USER);
  });

  it('hold for a user across all their credentials: more tokens buy no more requests', async () => {
    const { session } = await freshUser();
    const tokens = [await mintToken(session), await mintToken(session), await mintToken(session)];
    // Three token creations have spent 3 of the user's 6; three more pass, on any credential.
    for (const credential of tokens) {
      expect((await server.request('/api/v1/auth/me', { token: credential })).status).toBe(200);
    }
    for (const credential of [...tokens, session]) {
      await expectLimited(await server.request('/api/v1/auth/me', { token: credential }), PER_USER);
    }
    // Another user is not affected.
    const other = await freshUser();
    expect((await server.request('/api/v1/auth/me', { token: other.session })).status).toBe(200);
  });

  it("give a token its own, smaller budget inside its owner's", async () => {
    const { session } = await freshUser();
    const token = await mintToken(session);
    for (let i = 0; i < PER_TOKEN; i++) {
      const response = await server.request('/api/v1/auth/me', { token });
      expect(response.status).toBe(200);
      expect(limitHeaders(response).limit).toBe(PER_TOKEN);
    }
    await expectLimited(await server.request('/api/v1/auth/me', { token }), PER_TOKEN);
    // The owner's session still has what is left of the user budget: 6 - 1 (minting) - 5 (the token's
    // calls, the refused one included) = 0.
    await expectLimited(await server.request('/api/v1/auth/me', { token: session }), PER_USER);
  });

  it('count anonymous calls per client address, over REST and tRPC alike', async () => {
    const address = freshAddress();
    const anonymous = () => server.request('/api/v1/auth/me', { headers: { 'x-forwarded-for': address } });
    const statuses = [(await anonymous()).status, (await anonymous()).status];
    expect(statuses).toEqual([401, 401]);
    expect((await fetch(`${server.url}/trpc/auth.me`, { headers: { 'x-forwarded-for': address } })).status).toBe(401);
    await expectLimited(await anonymous(), ANONYMOUS);
    const trpc = await fetch(`${server.url}/trpc/auth.me`, { headers: { 'x-forwarded-for': address } });
    expect(trpc.status).toBe(429);
    expect(trpc.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    // Another address has its own budget.
    const elsewhere = await server.request('/api/v1/auth/me', { headers: { 'x-forwarded-for': freshAddress() } });
    expect(elsewhere.status).toBe(401);
  });
});
