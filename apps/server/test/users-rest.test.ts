import { afterAll, describe, expect, it } from 'vitest';
import {
  adminLogin,
  createSignedInUser,
  createUser,
  expectError,
  expectJson,
  postLogin,
  type UserJson,
  uniqueEmail,
} from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

interface UserPage {
  items: UserJson[];
  nextCursor: string | null;
}

const adminToken = await adminLogin(server);
const admin = await expectJson<UserJson>(await server.request('/api/v1/auth/me', { token: adminToken }));
const plain = await createSignedInUser(server, adminToken, { name: 'Plain Person' });
const manager = await createSignedInUser(server, adminToken, { role: 'manager', name: 'Manny Manager' });

const listUsers = (token: string, query = '') => server.request(`/api/v1/users${query}`, { token });
const getUser = (token: string, id: string) => server.request(`/api/v1/users/${id}`, { token });
const patchUser = (token: string, id: string, json: unknown) =>
  server.request(`/api/v1/users/${id}`, { method: 'PATCH', token, json });
const deactivate = (token: string, id: string) =>
  server.request(`/api/v1/users/${id}/deactivate`, { method: 'POST', token, json: {} });
const me = (token: string) => server.request('/api/v1/auth/me', { token });

describe('GET /api/v1/users', () => {
  it('refuses a plain user with 403 E_FORBIDDEN and an anonymous caller with 401', async () => {
    await expectError(await listUsers(plain.token), 403, 'E_FORBIDDEN');
    await expectError(await server.request('/api/v1/users'), 401, 'E_UNAUTHENTICATED');
  });

  it('gives an admin a page of users sorted by name, with items and nextCursor', async () => {
    const page = await expectJson<UserPage>(await listUsers(adminToken));
    expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
    expect(page.nextCursor).toBeNull();
    const emails = page.items.map((user) => user.email);
    expect(emails).toEqual(expect.arrayContaining([ADMIN_EMAIL, plain.user.email, manager.user.email]));
    const names = page.items.map((user) => user.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('lets a manager list users too', async () => {
    const page = await expectJson<UserPage>(await listUsers(manager.token));
    expect(page.items.length).toBeGreaterThanOrEqual(3);
  });

  it('pages with limit and cursor, visiting every user exactly once', async () => {
    for (let i = 0; i < 3; i++) await createUser(server, adminToken, { name: `Pager ${i}` });
    const all = await expectJson<UserPage>(await listUsers(adminToken));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: UserPage = await expectJson<UserPage>(await listUsers(adminToken, query));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen).toEqual(all.items.map((user) => user.id));
    // The server fetches one row more than the page, so the last full page already has no cursor.
    expect(pages).toBe(Math.ceil(all.items.length / 2));
  });

  it('rejects a bad limit or cursor with 400 E_VALIDATION', async () => {
    for (const query of ['?limit=0', '?limit=101', '?limit=abc']) {
      const body = await expectError(await listUsers(adminToken, query), 400, 'E_VALIDATION');
      expect(Object.keys(body.details.fields as object)).toEqual(['limit']);
    }
    const body = await expectError(await listUsers(adminToken, '?cursor=garbage'), 400, 'E_VALIDATION');
    expect(body.details).toEqual({ fields: { cursor: [expect.any(String)] } });
  });

  it('filters on active: a deactivated user shows up only with active=false', async () => {
    const gone = await createUser(server, adminToken, { name: 'Gone Girl' });
    await expectJson<UserJson>(await deactivate(adminToken, gone.id));

    const inactive = await expectJson<UserPage>(await listUsers(adminToken, '?active=false'));
    expect(inactive.items.map((user) => user.id)).toContain(gone.id);
    expect(inactive.items.every((user) => user.active === false)).toBe(true);

    const active = await expectJson<UserPage>(await listUsers(adminToken, '?active=true'));
    expect(active.items.map((user) => user.id)).not.toContain(gone.id);
    expect(active.items.every((user) => user.active)).toBe(true);
    expect(active.items.map((user) => user.id)).toContain(admin.id);
  });

  it('filters on role', async () => {
    const admins = await expectJson<UserPage>(await listUsers(adminToken, '?role=admin'));
    expect(admins.items.length).toBeGreaterThanOrEqual(1);
    expect(admins.items.every((user) => user.role === 'admin')).toBe(true);
    expect(admins.items.map((user) => user.id)).toContain(admin.id);

    const managers = await expectJson<UserPage>(await listUsers(adminToken, '?role=manager'));
    expect(managers.items.map((user) => user.id)).toEqual([manager.user.id]);

    const body = await expectError(await listUsers(adminToken, '?role=owner'), 400, 'E_VALIDATION');
    expect(Object.keys(body.details.fields as object)).toEqual(['role']);
  });

  it('searches name and email case-insensitively with q, treating % and _ literally', async () => {
    const found = await expectJson<UserPage>(await listUsers(adminToken, '?q=MANNY'));
    expect(found.items.map((user) => user.id)).toEqual([manager.user.id]);
    const wildcard = await expectJson<UserPage>(await listUsers(adminToken, `?q=${encodeURIComponent('%')}`));
    expect(wildcard.items).toEqual([]);
  });
});

describe('GET /api/v1/users/{id}', () => {
  it('returns a user to any signed-in user', async () => {
    const user = await expectJson<UserJson>(await getUser(plain.token, manager.user.id));
    expect(user).toMatchObject({ id: manager.user.id, email: manager.user.email, role: 'manager' });
  });

  it('rejects an id that is not a UUID with 400 E_VALIDATION on id', async () => {
    const body = await expectError(await getUser(adminToken, 'not-a-uuid'), 400, 'E_VALIDATION');
    expect(body.details).toEqual({ fields: { id: [expect.any(String)] } });
  });

  it('answers an unknown UUID with 404 E_NOT_FOUND', async () => {
    const id = '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
    const body = await expectError(await getUser(adminToken, id), 404, 'E_NOT_FOUND');
    expect(body.details).toEqual({ id });
  });
});

describe('POST /api/v1/users', () => {
  it('lets an admin create a user with a role', async () => {
    const email = uniqueEmail('Created');
    const response = await server.request('/api/v1/users', {
      method: 'POST',
      token: adminToken,
      json: { email, name: 'Created One', password: 'long-enough', role: 'manager' },
    });
    const user = await expectJson<UserJson>(response);
    expect(user).toMatchObject({ email: email.toLowerCase(), name: 'Created One', role: 'manager', active: true });
    await expectJson(await postLogin(server, email, 'long-enough'));
  });

  it('refuses a non-admin with 403', async () => {
    const json = { email: uniqueEmail(), name: 'Nope', password: 'long-enough' };
    await expectError(
      await server.request('/api/v1/users', { method: 'POST', token: manager.token, json }),
      403,
      'E_FORBIDDEN',
    );
    await expectError(
      await server.request('/api/v1/users', { method: 'POST', token: plain.token, json }),
      403,
      'E_FORBIDDEN',
    );
  });

  it('rejects a taken email (any case) with 409 and an unknown department with 400', async () => {
    const taken = await server.request('/api/v1/users', {
      method: 'POST',
      token: adminToken,
      json: { email: plain.user.email.toUpperCase(), name: 'Dup', password: 'long-enough' },
    });
    await expectError(taken, 409, 'E_CONFLICT');
    const unknownDepartment = await server.request('/api/v1/users', {
      method: 'POST',
      token: adminToken,
      json: {
        email: uniqueEmail(),
        name: 'Dept',
        password: 'long-enough',
        departmentId: '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
      },
    });
    const body = await expectError(unknownDepartment, 400, 'E_VALIDATION');
    expect(body.details).toEqual({ fields: { departmentId: [expect.any(String)] } });
  });
});

describe('PATCH /api/v1/users/{id}', () => {
  it('refuses a non-admin making themselves admin (403), leaving the role unchanged', async () => {
    await expectError(await patchUser(plain.token, plain.user.id, { role: 'admin' }), 403, 'E_FORBIDDEN');
    await expectError(await patchUser(manager.token, manager.user.id, { role: 'admin' }), 403, 'E_FORBIDDEN');
    expect((await expectJson<UserJson>(await me(plain.token))).role).toBe('user');
  });

  it('lets anyone change their own name, but not someone else’s', async () => {
    const renamed = await expectJson<UserJson>(await patchUser(plain.token, plain.user.id, { name: 'Plain Renamed' }));
    expect(renamed.name).toBe('Plain Renamed');
    await expectError(await patchUser(plain.token, manager.user.id, { name: 'Hijacked' }), 403, 'E_FORBIDDEN');
  });

  it('lets an admin change role and name', async () => {
    const target = await createUser(server, adminToken);
    const updated = await expectJson<UserJson>(
      await patchUser(adminToken, target.id, { role: 'manager', name: 'Promoted Person' }),
    );
    expect(updated).toMatchObject({ id: target.id, role: 'manager', name: 'Promoted Person', active: true });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(target.updatedAt));
    expect((await expectJson<UserJson>(await getUser(adminToken, target.id))).role).toBe('manager');
  });

  it('refuses to demote the only admin with 409 E_CONFLICT', async () => {
    await expectError(await patchUser(adminToken, admin.id, { role: 'user' }), 409, 'E_CONFLICT');
    await expectError(await patchUser(adminToken, admin.id, { active: false }), 409, 'E_CONFLICT');
    await expectError(await deactivate(adminToken, admin.id), 409, 'E_CONFLICT');
    expect((await expectJson<UserJson>(await me(adminToken))).role).toBe('admin');
  });

  it('allows demoting an admin while another active admin remains', async () => {
    const second = await createUser(server, adminToken, { role: 'admin' });
    const demoted = await expectJson<UserJson>(await patchUser(adminToken, second.id, { role: 'user' }));
    expect(demoted.role).toBe('user');
  });

  it('rejects a non-boolean active flag with 400 instead of coercing it (a string "false" must not mean true)', async () => {
    const target = await createUser(server, adminToken);
    await expectJson<UserJson>(await deactivate(adminToken, target.id));
    const response = await patchUser(adminToken, target.id, { active: 'false' });
    const status = response.status;
    const after = await expectJson<UserJson>(await getUser(adminToken, target.id));
    // Whatever the answer, the account must still be inactive…
    expect(after.active).toBe(false);
    // …and the malformed input must be reported.
    expect(status).toBe(400);
  });

  it('rejects a string active flag over tRPC as well, after the REST route has been used', async () => {
    const target = await createUser(server, adminToken);
    await expectJson<UserJson>(await deactivate(adminToken, target.id));
    // The typed client cannot send a string here; a hand-written tRPC request can.
    const response = await server.request('/trpc/users.update', {
      method: 'POST',
      token: adminToken,
      json: { json: { id: target.id, active: 'false' } },
    });
    const after = await expectJson<UserJson>(await getUser(adminToken, target.id));
    expect(after.active).toBe(false);
    expect(response.status).toBe(400);
  });
});

describe('POST /api/v1/users/{id}/deactivate', () => {
  it('signs the user out at once and stops them from logging in', async () => {
    const { user, token } = await createSignedInUser(server, adminToken);
    const second = await server.login(user.email, user.password);
    const result = await expectJson<UserJson>(await deactivate(adminToken, user.id));
    expect(result).toMatchObject({ id: user.id, active: false });

    await expectError(await me(token), 401, 'E_UNAUTHENTICATED');
    await expectError(await me(second), 401, 'E_UNAUTHENTICATED');
    const refused = await expectError(await postLogin(server, user.email, user.password), 401, 'E_UNAUTHENTICATED');
    const wrong = await expectError(await postLogin(server, ADMIN_EMAIL, 'not-the-password'), 401, 'E_UNAUTHENTICATED');
    // A deactivated account is indistinguishable from a wrong password.
    expect(refused.message).toBe(wrong.message);
  });

  it('refuses a non-admin with 403', async () => {
    const target = await createUser(server, adminToken);
    await expectError(await deactivate(manager.token, target.id), 403, 'E_FORBIDDEN');
    expect((await expectJson<UserJson>(await getUser(adminToken, target.id))).active).toBe(true);
  });

  it('answers an unknown user with 404', async () => {
    await expectError(await deactivate(adminToken, '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c'), 404, 'E_NOT_FOUND');
  });
});

describe('password hashes', () => {
  it('never appear in any payload that carries a user', async () => {
    const texts: string[] = [];
    const record = async (response: Response) => {
      const text = await response.text();
      expect(response.status, text).toBeLessThan(300);
      texts.push(text);
    };
    const email = uniqueEmail('leak');
    await record(
      await server.request('/api/v1/auth/register', {
        method: 'POST',
        json: { email, name: 'Leak Check', password: 'long-enough' },
      }),
    );
    await record(await postLogin(server, ADMIN_EMAIL, ADMIN_PASSWORD));
    await record(await me(adminToken));
    await record(await listUsers(adminToken));
    await record(await listUsers(adminToken, '?active=false'));
    await record(await getUser(adminToken, plain.user.id));
    const created = await server.request('/api/v1/users', {
      method: 'POST',
      token: adminToken,
      json: { email: uniqueEmail('leak'), name: 'Leak Two', password: 'long-enough' },
    });
    const createdText = await created.text();
    texts.push(createdText);
    const createdId = (JSON.parse(createdText) as UserJson).id;
    await record(await patchUser(adminToken, createdId, { name: 'Leak Two Renamed' }));
    await record(await deactivate(adminToken, createdId));
    await record(await server.request('/trpc/auth.me', { token: adminToken }));
    await record(
      await server.request(`/trpc/users.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
        token: adminToken,
      }),
    );

    expect(texts).toHaveLength(11);
    for (const text of texts) {
      expect(text).not.toMatch(/passwordHash/i);
      expect(text).not.toMatch(/password_hash/i);
      expect(text).not.toContain('$argon2');
    }
  });
});
