import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' });
afterAll(() => server.close());

const limitHeaders = (response: Response) => ({
  limit: Number(response.headers.get('ratelimit-limit')),
  remaining: Number(response.headers.get('ratelimit-remaining')),
  reset: Number(response.headers.get('ratelimit-reset')),
});

describe('rate limits', () => {
  it('count per token, announce themselves on every response and answer 429 with Retry-After', async () => {
    const session = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await server.request('/api/v1/auth/tokens', {
      method: 'POST',
      token: session,
      json: { name: 'rl', scopes: ['read'] },
    });
    const { token } = (await created.json()) as { token: string };

    const seen: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await server.request('/api/v1/auth/me', { token });
      expect(response.status).toBe(200);
      const headers = limitHeaders(response);
      expect(headers.limit).toBe(5);
      expect(headers.reset).toBeGreaterThan(0);
      expect(headers.reset).toBeLessThanOrEqual(60);
      seen.push(headers.remaining);
    }
    expect(seen).toEqual([4, 3, 2, 1, 0]);

    const limited = await server.request('/api/v1/auth/me', { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limitHeaders(limited).remaining).toBe(0);
    expect(await limited.json()).toMatchObject({ error: 'E_RATE_LIMITED', details: { limit: 5 } });

    // Another token of the same owner has its own budget.
    const other = (await (
      await server.request('/api/v1/auth/tokens', {
        method: 'POST',
        token: session,
        json: { name: 'rl2', scopes: ['read'] },
      })
    ).json()) as { token: string };
    expect((await server.request('/api/v1/auth/me', { token: other.token })).status).toBe(200);
  });

  it('count anonymous calls per client address, over tRPC as well', async () => {
    const anonymous = async () => (await server.request('/api/v1/auth/me')).status;
    const statuses = [await anonymous(), await anonymous(), await anonymous()];
    // The login in the test above spent one of this address's three anonymous calls.
    expect(statuses).toEqual([401, 401, 429]);
    const trpc = await fetch(`${server.url}/trpc/auth.me`);
    expect(trpc.status).toBe(429);
    expect(trpc.headers.get('retry-after')).not.toBeNull();
  });
});
