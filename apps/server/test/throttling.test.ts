import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  type AuthResultJson,
  createUser,
  expectError,
  expectJson,
  expectTrpcError,
  postLogin,
  uniqueEmail,
} from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const LIMIT = 10;
const { kind } = inject('dbTemplate');
const WINDOW_SECONDS = 15 * 60;

// Direct connections: every request comes from 127.0.0.1, X-Forwarded-For is not trusted.
const server = await startTestServer();
afterAll(() => server.close());

// Behind a reverse proxy: the client address comes from X-Forwarded-For, so tests can vary it.
const proxied = await startTestServer({ TRUST_PROXY: 'true' });
afterAll(() => proxied.close());

/** Asserts a 429 in the standard shape with a Retry-After header matching details.retryAfterSeconds. */
async function expectRateLimited(response: Response): Promise<number> {
  const retryAfter = response.headers.get('retry-after');
  const body = await expectError(response, 429, 'E_RATE_LIMITED');
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  const seconds = Number(retryAfter);
  expect(seconds).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(body.details).toEqual({ retryAfterSeconds: seconds });
  return seconds;
}

describe('login throttling on a direct connection', () => {
  const victim = uniqueEmail('victim');

  it('refuses the 11th login after 10 failures for one email with 429 and Retry-After', async () => {
    const admin = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const user = await createUser(server, admin, { email: victim });
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      await expectError(await postLogin(server, victim, `wrong-password-${attempt}`), 401, 'E_UNAUTHENTICATED');
    }
    await expectRateLimited(await postLogin(server, victim, 'wrong-password-11'));
    // The right password is refused too: the throttle answers before the password is checked.
    await expectRateLimited(await postLogin(server, victim, user.password));
  });

  it('does not let a spoofed X-Forwarded-For escape the per-address limit (TRUST_PROXY is off)', async () => {
    // 127.0.0.1 now has 10 failures of its own: every account is refused from here.
    const response = await postLogin(server, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': '203.0.113.77' });
    await expectRateLimited(response);
  });

  it('answers over tRPC with E_RATE_LIMITED, retryAfterSeconds and a Retry-After header', async () => {
    const data = await expectTrpcError(
      server.client().auth.login.mutate({ email: victim, password: 'wrong-password' }),
      'E_RATE_LIMITED',
    );
    expect(data.httpStatus).toBe(429);
    expect(data.details.retryAfterSeconds).toBeGreaterThan(0);

    const raw = await server.request('/trpc/auth.login', {
      method: 'POST',
      json: { json: { email: victim, password: 'wrong-password' } },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  });
});

describe('login throttling behind a trusted proxy (per email and per client address)', () => {
  let adminToken = '';
  let ipCounter = 0;
  const freshIp = () => {
    ipCounter++;
    return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  };
  const loginFrom = (ip: string, email: string, password: string) =>
    postLogin(proxied, email, password, { 'x-forwarded-for': ip });

  it('takes the client address from X-Forwarded-For', async () => {
    const ip = freshIp();
    adminToken = (await expectJson<AuthResultJson>(await loginFrom(ip, ADMIN_EMAIL, ADMIN_PASSWORD))).token;
    const sessions = await expectJson<{ ipAddress: string | null }[]>(
      await proxied.request('/api/v1/auth/sessions', { token: adminToken }),
    );
    expect(sessions.map((session) => session.ipAddress)).toEqual([ip]);
  });

  it('blocks an email after 10 failures even when they come from 10 different addresses', async () => {
    const user = await createUser(proxied, adminToken);
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      await expectError(await loginFrom(freshIp(), user.email, 'wrong-password'), 401, 'E_UNAUTHENTICATED');
    }
    await expectRateLimited(await loginFrom(freshIp(), user.email, user.password));
    // Other accounts are not affected.
    const other = await createUser(proxied, adminToken);
    await expectJson<AuthResultJson>(await loginFrom(freshIp(), other.email, other.password));
  });

  it('counts an email in any letter case as the same account', async () => {
    const user = await createUser(proxied, adminToken);
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      const email = attempt % 2 === 0 ? user.email.toUpperCase() : user.email;
      await expectError(await loginFrom(freshIp(), email, 'wrong-password'), 401, 'E_UNAUTHENTICATED');
    }
    await expectRateLimited(await loginFrom(freshIp(), user.email, user.password));
  });

  it('blocks a client address after 10 failures across different emails, for every account', async () => {
    const attacker = freshIp();
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      await expectError(await loginFrom(attacker, uniqueEmail('guess'), 'guess-password'), 401, 'E_UNAUTHENTICATED');
    }
    await expectRateLimited(await loginFrom(attacker, ADMIN_EMAIL, ADMIN_PASSWORD));
    // The same account from another address is fine.
    await expectJson<AuthResultJson>(await loginFrom(freshIp(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  it("forgives an account's failures after a successful login", async () => {
    const user = await createUser(proxied, adminToken);
    for (let attempt = 1; attempt < LIMIT; attempt++) {
      await expectError(await loginFrom(freshIp(), user.email, 'wrong-password'), 401, 'E_UNAUTHENTICATED');
    }
    await expectJson<AuthResultJson>(await loginFrom(freshIp(), user.email, user.password));
    for (let attempt = 1; attempt < LIMIT; attempt++) {
      await expectError(await loginFrom(freshIp(), user.email, 'wrong-password'), 401, 'E_UNAUTHENTICATED');
    }
    // 18 failures in the window, but only 9 since the success.
    await expectJson<AuthResultJson>(await loginFrom(freshIp(), user.email, user.password));
  });
});

describe('login throttling under a parallel burst', () => {
  let adminToken = '';
  let burstCounter = 0;
  const burstAddress = () => `192.0.2.${++burstCounter}`;
  const outcomes = async (responses: Response[]) => {
    const statuses = responses.map((response) => response.status);
    return {
      unauthenticated: statuses.filter((s) => s === 401).length,
      limited: statuses.filter((s) => s === 429).length,
    };
  };

  it(`checks at most ${LIMIT} passwords of 100 sent at once for one email, then refuses even the right one${concurrencyNote(kind)}`, async () => {
    adminToken = (
      await expectJson<AuthResultJson>(
        await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': burstAddress() }),
      )
    ).token;
    const user = await createUser(proxied, adminToken);
    // From 100 different addresses, so only the email's budget stands between them and the check.
    const burst = await Promise.all(
      Array.from({ length: 100 }, () =>
        postLogin(proxied, user.email, 'wrong-password', { 'x-forwarded-for': burstAddress() }),
      ),
    );
    expect(await outcomes(burst)).toEqual({ unauthenticated: LIMIT, limited: 100 - LIMIT });
    await expectRateLimited(await postLogin(proxied, user.email, user.password, { 'x-forwarded-for': burstAddress() }));
  });

  it(`checks at most ${LIMIT} passwords of 100 sent at once from one address${concurrencyNote(kind)}`, async () => {
    const attacker = burstAddress();
    const burst = await Promise.all(
      Array.from({ length: 100 }, () =>
        postLogin(proxied, uniqueEmail('spray'), 'guess-password', { 'x-forwarded-for': attacker }),
      ),
    );
    expect(await outcomes(burst)).toEqual({ unauthenticated: LIMIT, limited: 100 - LIMIT });
    await expectRateLimited(await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': attacker }));
  });
});

// Behind two proxies (e.g. a CDN, then a load balancer).
const twoHops = await startTestServer({ TRUST_PROXY: '2' });
afterAll(() => twoHops.close());

describe('the client address behind trusted proxies', () => {
  const sessionAddress = async (target: typeof proxied, forwardedFor: string) => {
    const login = await postLogin(target, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': forwardedFor });
    const { token } = await expectJson<AuthResultJson>(login);
    const sessions = await expectJson<{ ipAddress: string | null; current: boolean }[]>(
      await target.request('/api/v1/auth/sessions', { token }),
    );
    return sessions.find((session) => session.current)?.ipAddress;
  };

  it('is the entry the trusted proxy appended (the last), whatever the client put before it', async () => {
    expect(await sessionAddress(proxied, '10.9.9.9, 203.0.113.50')).toBe('203.0.113.50');
    expect(await sessionAddress(proxied, 'not-an-address, 203.0.113.51')).toBe('203.0.113.51');
    expect(await sessionAddress(proxied, '203.0.113.52:61000')).toBe('203.0.113.52');
    expect(await sessionAddress(proxied, '[2001:db8::7]:443')).toBe('2001:db8::7');
    // A proxy that appended garbage: the peer, not the client's claim.
    expect(await sessionAddress(proxied, '203.0.113.53, garbage')).toBe('127.0.0.1');
  });

  it('is the second entry from the right behind two proxies', async () => {
    expect(await sessionAddress(twoHops, '10.0.0.1, 203.0.113.60, 198.51.100.200')).toBe('203.0.113.60');
  });

  it('cannot be rotated to escape the per-address throttle', async () => {
    const address = '203.0.113.70';
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      const spoofed = `10.0.${attempt}.${attempt}, ${address}`;
      await expectError(
        await postLogin(proxied, uniqueEmail('rotate'), 'guess-password', { 'x-forwarded-for': spoofed }),
        401,
        'E_UNAUTHENTICATED',
      );
    }
    await expectRateLimited(
      await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': `10.1.1.1, ${address}` }),
    );
  });

  it('counts a whole IPv6 /64 as one client, so rotating through it escapes nothing', async () => {
    for (let attempt = 1; attempt <= LIMIT; attempt++) {
      const address = `2001:db8:70:70::${attempt.toString(16)}`;
      await expectError(
        await postLogin(proxied, uniqueEmail('six'), 'guess-password', { 'x-forwarded-for': address }),
        401,
        'E_UNAUTHENTICATED',
      );
    }
    await expectRateLimited(
      await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': '2001:db8:70:70:ffff::1' }),
    );
    // The neighbouring /64 is another client.
    await expectJson<AuthResultJson>(
      await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-for': '2001:db8:70:71::1' }),
    );
  });

  it('cannot be rotated to escape the anonymous rate limit either', async () => {
    const limited = await startTestServer({ TRUST_PROXY: '1', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await limited.request('/api/v1/auth/me', {
          headers: { 'x-forwarded-for': `10.2.0.${i}, 203.0.113.80` },
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
