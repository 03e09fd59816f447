import { hashSecret } from '@ticketing/core/auth/tokens';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type AuthResultJson,
  adminLogin,
  cookieHeader,
  createSignedInUser,
  createUser,
  expectError,
  expectJson,
  ISO_DATE,
  postLogin,
  type SessionJson,
  sessionSetCookie,
  type UserJson,
  uniqueEmail,
} from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

// Every failed login from 127.0.0.1 counts towards the per-address throttle (10 per 15 minutes):
// this file stays well below it. Throttling itself is tested in throttling.test.ts.
const server = await startTestServer();
afterAll(() => server.close());

const adminToken = await adminLogin(server);
const DAY_MS = 24 * 60 * 60 * 1000;

const me = (token: string) => server.request('/api/v1/auth/me', { token });

describe('POST /api/v1/auth/login', () => {
  it('returns a token, an ISO expiry about 30 days ahead and the user, and sets the session cookie', async () => {
    const response = await postLogin(server, ADMIN_EMAIL, ADMIN_PASSWORD);
    const body = await expectJson<AuthResultJson>(response);
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token', 'user']);
    expect(body.token).toMatch(/^[a-z2-7]{32}$/);
    expect(body.expiresAt).toMatch(ISO_DATE);
    const lifetime = Date.parse(body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(29 * DAY_MS);
    expect(lifetime).toBeLessThanOrEqual(30 * DAY_MS);
    expect(body.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin', active: true, name: 'Administrator' });
    expect(body.user.createdAt).toMatch(ISO_DATE);

    const setCookie = sessionSetCookie(response);
    expect(setCookie).toBeDefined();
    expect(setCookie).toBe(
      `tkt_session=${body.token}; Path=/; HttpOnly; SameSite=Lax; Expires=${new Date(body.expiresAt).toUTCString()}`,
    );
    // Served over plain http: a Secure cookie would never come back.
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it('matches the email case-insensitively and ignores surrounding spaces', async () => {
    const body = await expectJson<AuthResultJson>(
      await postLogin(server, `  ${ADMIN_EMAIL.toUpperCase()} `, ADMIN_PASSWORD),
    );
    expect(body.user.email).toBe(ADMIN_EMAIL);
  });

  it('answers a wrong password and an unknown email with the same 401, without a cookie', async () => {
    const wrongPassword = await postLogin(server, ADMIN_EMAIL, 'not-the-password');
    expect(sessionSetCookie(wrongPassword)).toBeUndefined();
    const a = await expectError(wrongPassword, 401, 'E_UNAUTHENTICATED');

    const unknownEmail = await postLogin(server, 'nobody@test.example', ADMIN_PASSWORD);
    expect(sessionSetCookie(unknownEmail)).toBeUndefined();
    const b = await expectError(unknownEmail, 401, 'E_UNAUTHENTICATED');

    expect(a.message).toBe(b.message);
    expect(a.details).toEqual(b.details);
  });

  it('rejects a malformed email with 400 E_VALIDATION naming the field', async () => {
    const body = await expectError(await postLogin(server, 'not-an-email', 'whatever-123'), 400, 'E_VALIDATION');
    expect(body.details).toEqual({ fields: { email: [expect.any(String)] } });
    expect(body.message).toContain('email');
  });

  it('rejects a missing password with 400 naming the field', async () => {
    const response = await server.request('/api/v1/auth/login', { method: 'POST', json: { email: ADMIN_EMAIL } });
    const body = await expectError(response, 400, 'E_VALIDATION');
    expect(Object.keys(body.details.fields as object)).toEqual(['password']);
  });
});

describe('GET /api/v1/auth/me', () => {
  it('accepts the Bearer token', async () => {
    const user = await expectJson<UserJson>(await me(adminToken));
    expect(user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });
    expect(Object.keys(user).sort()).toEqual(
      ['active', 'createdAt', 'departmentId', 'email', 'id', 'name', 'role', 'updatedAt'].sort(),
    );
  });

  it('accepts the session cookie alone', async () => {
    const login = await postLogin(server, ADMIN_EMAIL, ADMIN_PASSWORD);
    const setCookie = sessionSetCookie(login);
    if (!setCookie) throw new Error('no session cookie');
    const response = await server.request('/api/v1/auth/me', {
      headers: { cookie: `theme=dark; ${cookieHeader(setCookie)}` },
    });
    expect((await expectJson<UserJson>(response)).email).toBe(ADMIN_EMAIL);
  });

  it('refuses a request without credentials, and an unknown token, with 401', async () => {
    await expectError(await server.request('/api/v1/auth/me'), 401, 'E_UNAUTHENTICATED');
    await expectError(await me('abcdefghijklmnopqrstuvwxyz234567'), 401, 'E_UNAUTHENTICATED');
    await expectError(
      await server.request('/api/v1/auth/me', { headers: { cookie: 'tkt_session=abcdefghijklmnopqrstuvwxyz234567' } }),
      401,
      'E_UNAUTHENTICATED',
    );
  });

  it('treats a session cookie that is not valid percent-encoding as no credential (401, not 500)', async () => {
    // readCookie() percent-decodes the value; a truncated escape must not surface as a URIError (500).
    const response = await server.request('/api/v1/auth/me', { headers: { cookie: 'tkt_session=%E0%A4%A' } });
    await expectError(response, 401, 'E_UNAUTHENTICATED');
  });
});

describe('POST /api/v1/auth/register', () => {
  const register = (json: unknown) => server.request('/api/v1/auth/register', { method: 'POST', json });

  it('creates a plain user, signed in at once, with the email lower-cased', async () => {
    const email = uniqueEmail('Self-Registered');
    const response = await register({ email: email.toUpperCase(), name: '  Reg Istered ', password: 'eight-ch' });
    const body = await expectJson<AuthResultJson>(response);
    expect(body.user).toMatchObject({ email: email.toLowerCase(), name: 'Reg Istered', role: 'user', active: true });
    expect(sessionSetCookie(response)).toMatch(
      new RegExp(`^tkt_session=${body.token}; Path=/; HttpOnly; SameSite=Lax`),
    );
    expect((await expectJson<UserJson>(await me(body.token))).id).toBe(body.user.id);
  });

  it('accepts a password of exactly 8 and of exactly 256 characters', async () => {
    for (const password of ['x'.repeat(8), 'y'.repeat(256)]) {
      const email = uniqueEmail('boundary');
      await expectJson<AuthResultJson>(await register({ email, name: 'Boundary', password }));
      await expectJson<AuthResultJson>(await postLogin(server, email, password));
    }
  });

  it.each([
    ['7 characters', 'x'.repeat(7)],
    ['257 characters', 'x'.repeat(257)],
  ])('rejects a password of %s with 400 naming the password field', async (_label, password) => {
    const body = await expectError(
      await register({ email: uniqueEmail(), name: 'Short', password }),
      400,
      'E_VALIDATION',
    );
    expect(Object.keys(body.details)).toEqual(['fields']);
    expect(body.details.fields).toEqual({ password: [expect.any(String)] });
  });

  it('rejects an email already taken in another letter case with 409 E_CONFLICT', async () => {
    const email = uniqueEmail('taken');
    await expectJson<AuthResultJson>(await register({ email, name: 'First', password: 'first-password' }));
    await expectError(
      await register({ email: email.toUpperCase(), name: 'Second', password: 'second-password' }),
      409,
      'E_CONFLICT',
    );
    // The first account is untouched.
    await expectJson<AuthResultJson>(await postLogin(server, email, 'first-password'));
  });

  it('rejects a missing name and a malformed email, listing both fields', async () => {
    const body = await expectError(await register({ email: 'nope', password: 'long-enough' }), 400, 'E_VALIDATION');
    expect(Object.keys(body.details.fields as object).sort()).toEqual(['email', 'name']);
  });

  it('is refused with 403 E_FORBIDDEN when ALLOW_REGISTRATION=false', async () => {
    const closed = await startTestServer({ ALLOW_REGISTRATION: 'false' });
    try {
      const email = uniqueEmail('closed');
      const response = await closed.request('/api/v1/auth/register', {
        method: 'POST',
        json: { email, name: 'Closed', password: 'long-enough' },
      });
      expect(sessionSetCookie(response)).toBeUndefined();
      await expectError(response, 403, 'E_FORBIDDEN');
      // No account was created: the admin does not find it.
      const adminOfClosed = await adminLogin(closed);
      const list = await expectJson<{ items: UserJson[] }>(
        await closed.request(`/api/v1/users?q=${encodeURIComponent(email)}`, { token: adminOfClosed }),
      );
      expect(list.items).toEqual([]);
      // Admins can still create accounts on a closed server.
      await createUser(closed, adminOfClosed, { email });
    } finally {
      await closed.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session, clears the cookie, and the token then gets 401', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    const response = await server.request('/api/v1/auth/logout', { method: 'POST', token, json: {} });
    expect(await expectJson<{ ok: boolean }>(response)).toEqual({ ok: true });
    const cleared = sessionSetCookie(response);
    expect(cleared).toMatch(/^tkt_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970/);
    await expectError(await me(token), 401, 'E_UNAUTHENTICATED');
    // Logging out twice is an unauthenticated request.
    await expectError(
      await server.request('/api/v1/auth/logout', { method: 'POST', token, json: {} }),
      401,
      'E_UNAUTHENTICATED',
    );
  });

  it('logout works as a body-less POST, as the OpenAPI document describes it (no request body)', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    // No body, so no Content-Type: what `curl -X POST -H "Authorization: Bearer …"` sends.
    const response = await server.request('/api/v1/auth/logout', { method: 'POST', token });
    expect(await expectJson<{ ok: boolean }>(response)).toEqual({ ok: true });
    await expectError(await me(token), 401, 'E_UNAUTHENTICATED');
  });

  it('lists the user’s sessions with the current one flagged', async () => {
    const { user, token: first } = await createSignedInUser(server, adminToken);
    const secondLogin = await postLogin(server, user.email, user.password, { 'user-agent': 'second-device/1.0' });
    const second = (await expectJson<AuthResultJson>(secondLogin)).token;

    const sessions = await expectJson<SessionJson[]>(await server.request('/api/v1/auth/sessions', { token: first }));
    expect(sessions).toHaveLength(2);
    const byId = new Map(sessions.map((session) => [session.id, session]));
    const firstSession = byId.get(hashSecret(first).slice(0, 16));
    const secondSession = byId.get(hashSecret(second).slice(0, 16));
    expect(firstSession?.current).toBe(true);
    expect(secondSession?.current).toBe(false);
    expect(secondSession?.userAgent).toBe('second-device/1.0');
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(
        ['createdAt', 'current', 'expiresAt', 'id', 'ipAddress', 'lastUsedAt', 'userAgent'].sort(),
      );
      expect(session.id).toMatch(/^[0-9a-f]{16}$/);
      expect(session.expiresAt).toMatch(ISO_DATE);
      expect(session.ipAddress).toMatch(/127\.0\.0\.1$/);
    }
    // Seen from the other session, the flag moves.
    const fromSecond = await expectJson<SessionJson[]>(
      await server.request('/api/v1/auth/sessions', { token: second }),
    );
    expect(fromSecond.find((session) => session.current)?.id).toBe(hashSecret(second).slice(0, 16));
    // No session id in the list is a usable token or a full hash.
    const raw = JSON.stringify(sessions);
    expect(raw).not.toContain(first);
    expect(raw).not.toContain(hashSecret(first));
  });

  it('revoking a session from another one makes its token get 401 at once', async () => {
    const { user, token: keeper } = await createSignedInUser(server, adminToken);
    const victim = await server.login(user.email, user.password);
    const victimId = hashSecret(victim).slice(0, 16);

    const response = await server.request(`/api/v1/auth/sessions/${victimId}`, { method: 'DELETE', token: keeper });
    expect(await expectJson<{ ok: boolean }>(response)).toEqual({ ok: true });
    await expectError(await me(victim), 401, 'E_UNAUTHENTICATED');
    await expectJson<UserJson>(await me(keeper));

    // Gone: a second revoke is 404, and a malformed id is 400.
    await expectError(
      await server.request(`/api/v1/auth/sessions/${victimId}`, { method: 'DELETE', token: keeper }),
      404,
      'E_NOT_FOUND',
    );
    const bad = await expectError(
      await server.request('/api/v1/auth/sessions/not-hex', { method: 'DELETE', token: keeper }),
      400,
      'E_VALIDATION',
    );
    expect(Object.keys(bad.details.fields as object)).toEqual(['id']);
  });

  it("cannot revoke another user's session (404, and that session keeps working)", async () => {
    const { token: mine } = await createSignedInUser(server, adminToken);
    const { token: theirs } = await createSignedInUser(server, adminToken);
    const theirId = hashSecret(theirs).slice(0, 16);
    await expectError(
      await server.request(`/api/v1/auth/sessions/${theirId}`, { method: 'DELETE', token: mine }),
      404,
      'E_NOT_FOUND',
    );
    await expectJson<UserJson>(await me(theirs));
  });

  it('an expired session gets 401 and is removed', async () => {
    const { token } = await createSignedInUser(server, adminToken);
    const id = hashSecret(token);
    const { db } = server.connection;
    // apps/server does not depend on drizzle-orm (no eq()); the id is a hex digest, safe to inline.
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    await db.execute(`update sessions set expires_at = now() - interval '1 minute' where id = '${id}'`);
    const row = await db.query.sessions.findFirst({ where: (sessions, { eq }) => eq(sessions.id, id) });
    expect(row?.expiresAt.getTime()).toBeLessThan(Date.now());

    await expectError(await me(token), 401, 'E_UNAUTHENTICATED');
    const after = await db.query.sessions.findFirst({ where: (sessions, { eq }) => eq(sessions.id, id) });
    expect(after).toBeUndefined();
  });
});

describe('POST /api/v1/auth/password', () => {
  const changePassword = (token: string, json: unknown) =>
    server.request('/api/v1/auth/password', { method: 'POST', token, json });

  it('revokes every other session but keeps the current one', async () => {
    const { user, token: current } = await createSignedInUser(server, adminToken);
    const other = await server.login(user.email, user.password);
    const third = await server.login(user.email, user.password);

    const response = await changePassword(current, {
      currentPassword: user.password,
      newPassword: 'brand-new-password',
    });
    expect(await expectJson<{ ok: boolean }>(response)).toEqual({ ok: true });

    await expectError(await me(other), 401, 'E_UNAUTHENTICATED');
    await expectError(await me(third), 401, 'E_UNAUTHENTICATED');
    expect((await expectJson<UserJson>(await me(current))).id).toBe(user.id);
    const sessions = await expectJson<SessionJson[]>(await server.request('/api/v1/auth/sessions', { token: current }));
    expect(sessions.map((session) => session.current)).toEqual([true]);

    // The new password signs in; the old one does not.
    await expectJson<AuthResultJson>(await postLogin(server, user.email, 'brand-new-password'));
    await expectError(await postLogin(server, user.email, user.password), 401, 'E_UNAUTHENTICATED');
  });

  it('refuses a wrong current password (400 on currentPassword) and changes nothing', async () => {
    const { user, token } = await createSignedInUser(server, adminToken);
    const other = await server.login(user.email, user.password);
    const body = await expectError(
      await changePassword(token, { currentPassword: 'wrong-password', newPassword: 'another-password' }),
      400,
      'E_VALIDATION',
    );
    expect(body.details).toEqual({ fields: { currentPassword: [expect.any(String)] } });
    await expectJson<UserJson>(await me(other));
    await expectJson<AuthResultJson>(await postLogin(server, user.email, user.password));
  });

  it('applies the password policy to the new password', async () => {
    const { user, token } = await createSignedInUser(server, adminToken);
    const body = await expectError(
      await changePassword(token, { currentPassword: user.password, newPassword: 'short' }),
      400,
      'E_VALIDATION',
    );
    expect(Object.keys(body.details.fields as object)).toEqual(['newPassword']);
  });

  it('requires authentication', async () => {
    await expectError(
      await server.request('/api/v1/auth/password', {
        method: 'POST',
        json: { currentPassword: 'whatever-1', newPassword: 'whatever-2' },
      }),
      401,
      'E_UNAUTHENTICATED',
    );
  });
});
