import { createClient } from '@ticketing/client/create-client';
import { afterAll, describe, expect, it } from 'vitest';
import {
  adminLogin,
  cookieHeader,
  createSignedInUser,
  expectError,
  expectJson,
  expectTrpcError,
  postLogin,
  sessionSetCookie,
  type UserJson,
} from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './support/test-server.ts';

const EVIL = 'https://evil.example';
const APP = 'https://app.example';

const server = await startTestServer();
afterAll(() => server.close());

// A browser front-end served from another origin.
const withCors = await startTestServer({ CORS_ORIGINS: `${APP}, https://admin.example:8443` });
afterAll(() => withCors.close());

// Behind a TLS-terminating proxy.
const proxied = await startTestServer({ TRUST_PROXY: 'true' });
afterAll(() => proxied.close());

/** Signs in as the admin and returns the `tkt_session=…` cookie a browser would send. */
async function adminCookie(target: TestServer): Promise<string> {
  const setCookie = sessionSetCookie(await postLogin(target, ADMIN_EMAIL, ADMIN_PASSWORD));
  if (!setCookie) throw new Error('login set no session cookie');
  return cookieHeader(setCookie);
}

/** A request carrying only the cookie (no Authorization), optionally with an Origin. */
function cookieRequest(target: TestServer, path: string, cookie: string, origin?: string, init: RequestInit = {}) {
  return target.request(path, {
    ...init,
    headers: { cookie, ...(origin ? { origin } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
}

const logout = (target: TestServer, cookie: string, origin?: string) =>
  cookieRequest(target, '/api/v1/auth/logout', cookie, origin, { method: 'POST', body: '{}' });
const createDepartment = (target: TestServer, cookie: string, name: string, origin?: string) =>
  cookieRequest(target, '/api/v1/departments', cookie, origin, { method: 'POST', body: JSON.stringify({ name }) });
const meByCookie = (target: TestServer, cookie: string) => cookieRequest(target, '/api/v1/auth/me', cookie);

async function departmentNames(target: TestServer): Promise<string[]> {
  const token = await adminLogin(target);
  const list = await expectJson<{ name: string }[]>(await target.request('/api/v1/departments', { token }));
  return list.map((department) => department.name);
}

describe('cookie-authenticated mutations (CSRF)', () => {
  it('refuses logout from a foreign Origin with 403, and the session keeps working', async () => {
    const cookie = await adminCookie(server);
    const response = await logout(server, cookie, EVIL);
    expect(sessionSetCookie(response)).toBeUndefined();
    await expectError(response, 403, 'E_FORBIDDEN');
    expect((await expectJson<UserJson>(await meByCookie(server, cookie))).email).toBe(ADMIN_EMAIL);
  });

  it('refuses creating a department from a foreign Origin with 403, creating nothing', async () => {
    const cookie = await adminCookie(server);
    await expectError(await createDepartment(server, cookie, 'Evil Dept', EVIL), 403, 'E_FORBIDDEN');
    expect(await departmentNames(server)).not.toContain('Evil Dept');
  });

  it('refuses a cookie-authenticated mutation without any Origin header', async () => {
    const cookie = await adminCookie(server);
    await expectError(await logout(server, cookie), 403, 'E_FORBIDDEN');
    await expectError(await createDepartment(server, cookie, 'No Origin Dept'), 403, 'E_FORBIDDEN');
    await expectJson<UserJson>(await meByCookie(server, cookie));
    expect(await departmentNames(server)).not.toContain('No Origin Dept');
  });

  it('lets a sign-in or sign-up through beside a stale or live session cookie and no Origin (they authenticate by body)', async () => {
    const stale = 'tkt_session=stale-cookie-from-an-old-session';
    const relogin = await server.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { cookie: stale, 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect((await expectJson<{ user: UserJson }>(relogin)).user.email).toBe(ADMIN_EMAIL);
    expect(sessionSetCookie(relogin)).toBeDefined();

    const live = await adminCookie(server);
    const again = await server.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { cookie: live, 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(again.status).toBe(200);

    const signup = await server.request('/api/v1/auth/register', {
      method: 'POST',
      headers: { cookie: stale, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `stale-${crypto.randomUUID()}@test.example`,
        name: 'Stale',
        password: 'long-enough-1',
      }),
    });
    expect(signup.status).toBe(200);
    // Over tRPC as well.
    const trpc = await server.request('/trpc/auth.login', {
      method: 'POST',
      headers: { cookie: stale, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }),
    });
    expect(trpc.status).toBe(200);
  });

  it('refuses look-alike origins: "null", another port, another scheme, a trailing slash', async () => {
    const cookie = await adminCookie(server);
    const { port } = new URL(server.url);
    for (const origin of [
      'null',
      `http://127.0.0.1:${Number(port) + 1}`,
      `https://127.0.0.1:${port}`,
      `${server.url}/`,
    ]) {
      await expectError(await createDepartment(server, cookie, 'Look-alike', origin), 403, 'E_FORBIDDEN');
    }
    expect(await departmentNames(server)).not.toContain('Look-alike');
  });

  it("allows it from the server's own origin", async () => {
    const cookie = await adminCookie(server);
    const created = await expectJson<{ name: string }>(
      await createDepartment(server, cookie, 'Same Origin', server.url),
    );
    expect(created.name).toBe('Same Origin');

    const response = await logout(server, cookie, server.url);
    expect(await expectJson<{ ok: boolean }>(response)).toEqual({ ok: true });
    expect(sessionSetCookie(response)).toMatch(/^tkt_session=;.*Max-Age=0/);
    await expectError(await meByCookie(server, cookie), 401, 'E_UNAUTHENTICATED');
  });

  it('allows a Bearer-authenticated mutation from a foreign Origin (no cookie involved)', async () => {
    const token = await adminLogin(server);
    const created = await server.request('/api/v1/departments', {
      method: 'POST',
      token,
      json: { name: 'Bearer Dept' },
      headers: { origin: EVIL },
    });
    expect((await expectJson<{ name: string }>(created)).name).toBe('Bearer Dept');
    const { token: userToken } = await createSignedInUser(server, token);
    const loggedOut = await server.request('/api/v1/auth/logout', {
      method: 'POST',
      token: userToken,
      json: {},
      headers: { origin: EVIL },
    });
    expect(await expectJson<{ ok: boolean }>(loggedOut)).toEqual({ ok: true });
  });

  it('lets queries through with the cookie from any origin (CORS keeps the answer from foreign pages)', async () => {
    const cookie = await adminCookie(server);
    const response = await server.request('/api/v1/auth/me', { headers: { cookie, origin: EVIL } });
    expect((await expectJson<UserJson>(response)).email).toBe(ADMIN_EMAIL);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('applies the same rule to tRPC mutations', async () => {
    const cookie = await adminCookie(server);
    const evil = createClient({ url: `${server.url}/trpc`, headers: { cookie, origin: EVIL } });
    await expectTrpcError(evil.departments.create.mutate({ name: 'Evil tRPC' }), 'E_FORBIDDEN');
    // Queries are not refused.
    expect((await evil.auth.me.query()).email).toBe(ADMIN_EMAIL);

    const own = createClient({ url: `${server.url}/trpc`, headers: { cookie, origin: server.url } });
    expect((await own.departments.create.mutate({ name: 'Own tRPC' })).name).toBe('Own tRPC');
    expect(await departmentNames(server)).not.toContain('Evil tRPC');
  });
});

describe('CORS_ORIGINS', () => {
  it('allows a cookie-authenticated mutation from a listed origin', async () => {
    const cookie = await adminCookie(withCors);
    const response = await createDepartment(withCors, cookie, 'From App', APP);
    expect((await expectJson<{ name: string }>(response)).name).toBe('From App');
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');

    const alsoListed = await createDepartment(withCors, cookie, 'From Admin', 'https://admin.example:8443');
    expect((await expectJson<{ name: string }>(alsoListed)).name).toBe('From Admin');
  });

  it('still refuses origins that are not listed', async () => {
    const cookie = await adminCookie(withCors);
    for (const origin of [EVIL, 'http://app.example', 'https://app.example:444', 'https://sub.app.example']) {
      await expectError(await createDepartment(withCors, cookie, 'Not Listed', origin), 403, 'E_FORBIDDEN');
    }
    await expectJson<UserJson>(await meByCookie(withCors, cookie));
  });

  it('answers a preflight from an allowed origin with 204 and the CORS headers', async () => {
    const response = await withCors.request('/api/v1/departments', {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/\bPATCH\b/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(await response.text()).toBe('');
  });

  it('gives a preflight from a disallowed origin no Access-Control-Allow-Origin', async () => {
    for (const target of [withCors, server]) {
      const response = await target.request('/api/v1/departments', {
        method: 'OPTIONS',
        headers: { origin: EVIL, 'access-control-request-method': 'POST' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('access-control-allow-methods')).toBeNull();
    }
  });

  it('exposes Retry-After and X-Request-Id to an allowed origin on ordinary responses', async () => {
    const response = await withCors.request('/healthz', { headers: { origin: APP } });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-request-id');
  });
});

describe('the Secure flag', () => {
  it('is not set over plain http, even with an untrusted X-Forwarded-Proto', async () => {
    const response = await postLogin(server, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(sessionSetCookie(response)).not.toMatch(/;\s*Secure/i);
  });

  it('is set behind a trusted proxy that says https, whose origin is then the https one', async () => {
    const login = await postLogin(proxied, ADMIN_EMAIL, ADMIN_PASSWORD, { 'x-forwarded-proto': 'https' });
    const setCookie = sessionSetCookie(login);
    expect(setCookie).toMatch(/^tkt_session=[a-z2-7]{32}; Path=\/; HttpOnly; SameSite=Lax; Expires=[^;]+; Secure$/);
    if (!setCookie) throw new Error('no cookie');
    const cookie = cookieHeader(setCookie);
    const httpsOrigin = `https://${new URL(proxied.url).host}`;

    const allowed = await proxied.request('/api/v1/departments', {
      method: 'POST',
      json: { name: 'Behind Proxy' },
      headers: { cookie, origin: httpsOrigin, 'x-forwarded-proto': 'https' },
    });
    expect((await expectJson<{ name: string }>(allowed)).name).toBe('Behind Proxy');
    // The plain-http origin is no longer ours.
    const refused = await proxied.request('/api/v1/departments', {
      method: 'POST',
      json: { name: 'Downgraded' },
      headers: { cookie, origin: proxied.url, 'x-forwarded-proto': 'https' },
    });
    await expectError(refused, 403, 'E_FORBIDDEN');
  });
});
