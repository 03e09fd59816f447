import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

describe('a fresh server', () => {
  it('signs in the bootstrapped admin over REST and accepts the token on /auth/me', async () => {
    const token = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const response = await server.request('/api/v1/auth/me', { token });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { email: string; role: string; passwordHash?: string };
    expect(body).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });
    expect(body).not.toHaveProperty('passwordHash');
  });

  it('serves the same procedure over tRPC with Dates intact', async () => {
    const token = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const me = await server.client(token).auth.me.query();
    expect(me.email).toBe(ADMIN_EMAIL);
    expect(me.createdAt).toBeInstanceOf(Date);
  });
});
