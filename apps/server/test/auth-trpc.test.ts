import { hashSecret } from '@ticketing/core/auth/tokens';
import { afterAll, describe, expect, it } from 'vitest';
import {
  adminLogin,
  createSignedInUser,
  expectError,
  expectJson,
  expectNoInternals,
  expectTrpcError,
  type UserJson,
  uniqueEmail,
} from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

const anonymous = server.client();
const adminToken = await adminLogin(server);

describe('auth over the typed tRPC client', () => {
  it('logs in and returns the session with real Dates (superjson)', async () => {
    const result = await anonymous.auth.login.mutate({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(result.token).toMatch(/^[a-z2-7]{32}$/);
    expect(result.expiresAt).toBeInstanceOf(Date);
    expect(result.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(result.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });
    expect(result.user.createdAt).toBeInstanceOf(Date);
    expect(result.user).not.toHaveProperty('passwordHash');

    const me = await server.client(result.token).auth.me.query();
    expect(me.id).toBe(result.user.id);
    expect(me.updatedAt).toBeInstanceOf(Date);
  });

  it('shares sessions with REST in both directions', async () => {
    const viaTrpc = await anonymous.auth.login.mutate({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const restMe = await expectJson<UserJson>(await server.request('/api/v1/auth/me', { token: viaTrpc.token }));
    expect(restMe.id).toBe(viaTrpc.user.id);

    const viaRest = await adminLogin(server);
    expect((await server.client(viaRest).auth.me.query()).email).toBe(ADMIN_EMAIL);
  });

  it('fails auth.me without a token with E_UNAUTHENTICATED (HTTP 401)', async () => {
    const data = await expectTrpcError(anonymous.auth.me.query(), 'E_UNAUTHENTICATED');
    expect(data.httpStatus).toBe(401);
    expect(data.path).toBe('auth.me');
    expect(data.details).toEqual({});
  });

  it('fails a bad input with E_VALIDATION listing the field', async () => {
    const data = await expectTrpcError(
      anonymous.auth.login.mutate({ email: 'not-an-email', password: 'whatever' }),
      'E_VALIDATION',
    );
    expect(data.httpStatus).toBe(400);
    expect(data.details).toEqual({ fields: { email: [expect.any(String)] } });
  });

  it('fails a wrong password with the same message as REST', async () => {
    const failure = await expectTrpcError(
      anonymous.auth.login.mutate({ email: ADMIN_EMAIL, password: 'wrong-password' }),
      'E_UNAUTHENTICATED',
    );
    const rest = await expectError(
      await server.request('/api/v1/auth/login', {
        method: 'POST',
        json: { email: ADMIN_EMAIL, password: 'wrong-pw' },
      }),
      401,
      'E_UNAUTHENTICATED',
    );
    expect(failure.message).toBe(rest.message);
  });

  it('registers a user with Dates intact', async () => {
    const email = uniqueEmail('trpc-reg');
    const result = await anonymous.auth.register.mutate({ email, name: 'Via tRPC', password: 'long-enough' });
    expect(result.expiresAt).toBeInstanceOf(Date);
    expect(result.user).toMatchObject({ email, role: 'user' });
    expect((await server.client(result.token).auth.me.query()).email).toBe(email);
  });

  it('lists sessions with Dates and the current flag, and logs out', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    const client = server.client(token);
    const sessions = await client.auth.sessions.list.query();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: hashSecret(token).slice(0, 16), current: true });
    expect(sessions[0]?.lastUsedAt).toBeInstanceOf(Date);

    await expect(client.auth.logout.mutate()).resolves.toEqual({ ok: true });
    await expectTrpcError(client.auth.me.query(), 'E_UNAUTHENTICATED');
  });
});

describe('other procedures over tRPC', () => {
  it('refuses users.list to a plain user with E_FORBIDDEN (HTTP 403)', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    const data = await expectTrpcError(server.client(token).users.list.query({}), 'E_FORBIDDEN');
    expect(data.httpStatus).toBe(403);
  });

  it('reports an unknown user as E_NOT_FOUND with its id in details', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const data = await expectTrpcError(server.client(adminToken).users.get.query({ id }), 'E_NOT_FOUND');
    expect(data.details).toEqual({ id });
  });

  it('creates and lists departments with Dates', async () => {
    const admin = server.client(adminToken);
    const created = await admin.departments.create.mutate({ name: 'tRPC Support' });
    expect(created.createdAt).toBeInstanceOf(Date);
    const list = await admin.departments.list.query();
    expect(list.map((department) => department.id)).toContain(created.id);
  });

  it('answers each call of one batch on its own (one success, one failure)', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    const client = server.client(token);
    const [me, list] = await Promise.allSettled([client.auth.me.query(), client.users.list.query({})]);
    expect(me.status).toBe('fulfilled');
    expect(list.status).toBe('rejected');
    if (list.status === 'rejected') await expectTrpcError(Promise.reject(list.reason), 'E_FORBIDDEN');
  });

  it('answers an unknown procedure with 404 and E_NOT_FOUND in the tRPC error shape', async () => {
    const response = await server.request('/trpc/nope.missing');
    expect(response.status).toBe(404);
    const text = await response.text();
    expectNoInternals(text);
    const body = JSON.parse(text) as { error: { json: { data: { error: string; httpStatus: number } } } };
    expect(body.error.json.data).toMatchObject({ error: 'E_NOT_FOUND', httpStatus: 404 });
  });
});
