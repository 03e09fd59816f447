import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actor } from '../src/actor.ts';
import { validateSessionToken } from '../src/auth/sessions.ts';
import { encodeCursor } from '../src/pagination.ts';
import { makeActor, makeDepartment, makeUser, TEST_PASSWORD } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createUser } from '../src/users/create-user.ts';
import { deactivateUser } from '../src/users/deactivate-user.ts';
import { getUser } from '../src/users/get-user.ts';
import { listUsers } from '../src/users/list-users.ts';
import { createUserInput, listUsersInput, type User, updateUserInput } from '../src/users/schemas.ts';
import { toUser } from '../src/users/to-user.ts';
import { updateUser } from '../src/users/update-user.ts';
import { signIn } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

// Several admins exist in this file, so the last-admin guard never interferes (see last-admin.test.ts).
const admin = await makeActor(db, { role: 'admin' });
const manager = await makeActor(db, { role: 'manager' });
const member = await makeActor(db, { role: 'user' });

const tag = () => crypto.randomUUID().slice(0, 8);

/** Calls the domain functions with input parsed as the transport parses it. */
const list = (actor: Actor, input: z.input<typeof listUsersInput> = {}) =>
  listUsers(deps, actor, listUsersInput.parse(input));
const update = (actor: Actor, input: z.input<typeof updateUserInput>) =>
  updateUser(deps, actor, updateUserInput.parse(input));
const create = (actor: Actor, input: Partial<z.input<typeof createUserInput>> = {}) =>
  createUser(
    deps,
    actor,
    createUserInput.parse({
      email: `new-${tag()}@example.com`,
      name: 'New User',
      password: 'initial password',
      ...input,
    }),
  );

const ids = (items: { id: string }[]) => items.map((u) => u.id).sort();

/** Follows nextCursor until the last page; returns every page's items. */
async function walkPages(actor: Actor, input: z.input<typeof listUsersInput>) {
  const pages: User[][] = [];
  let cursor: string | undefined;
  do {
    const page = await list(actor, { ...input, cursor });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('listUsers', () => {
  it('is forbidden for a plain user', async () => {
    await expect(list(member.actor)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
  });

  it('is allowed for managers and admins, without password hashes', async () => {
    for (const { actor } of [manager, admin]) {
      const { items } = await list(actor, { limit: 100 });
      expect(items.map((u) => u.id)).toContain(member.user.id);
      for (const item of items) expect(item).not.toHaveProperty('passwordHash');
    }
  });

  it('filters by role', async () => {
    const { items } = await list(admin.actor, { role: 'manager', limit: 100 });
    expect(items.map((u) => u.id)).toContain(manager.user.id);
    expect(items.every((u) => u.role === 'manager')).toBe(true);
  });

  it('filters by department and by active flag', async () => {
    const department = await makeDepartment(db);
    const alice = await makeUser(db, { departmentId: department.id });
    const bob = await makeUser(db, { departmentId: department.id, role: 'manager' });
    const gone = await makeUser(db, { departmentId: department.id, active: false });
    await makeUser(db); // in no department

    const departmentId = department.id;
    expect(ids((await list(admin.actor, { departmentId })).items)).toEqual(ids([alice, bob, gone]));
    expect(ids((await list(admin.actor, { departmentId, active: false })).items)).toEqual([gone.id]);
    expect(ids((await list(admin.actor, { departmentId, active: 'true' })).items)).toEqual(ids([alice, bob]));
    expect(ids((await list(admin.actor, { departmentId, role: 'manager' })).items)).toEqual([bob.id]);
  });

  it('matches q against name or email, case-insensitively', async () => {
    const t = tag();
    const byName = await makeUser(db, { name: `Zebediah Quux${t}` });
    const byEmail = await makeUser(db, { email: `zeb.quux${t}@Example.com` });
    expect(ids((await list(admin.actor, { q: `QUUX${t}` })).items)).toEqual(ids([byName, byEmail]));
    expect(ids((await list(admin.actor, { q: `zebediah quux${t.toUpperCase()}` })).items)).toEqual([byName.id]);
  });

  it('treats %, _ and \\ in q literally', async () => {
    const t = tag();
    const percent = await makeUser(db, { name: `Pct 100% ${t}` });
    await makeUser(db, { name: `Pct 1000 ${t}` });
    const underscore = await makeUser(db, { name: `Und a_b ${t}` });
    await makeUser(db, { name: `Und axb ${t}` });
    const backslash = await makeUser(db, { name: `Bsl a\\b ${t}` });
    await makeUser(db, { name: `Bsl ab ${t}` });
    expect(ids((await list(admin.actor, { q: `100% ${t}` })).items)).toEqual([percent.id]);
    expect(ids((await list(admin.actor, { q: `a_b ${t}` })).items)).toEqual([underscore.id]);
    expect(ids((await list(admin.actor, { q: `a\\b ${t}` })).items)).toEqual([backslash.id]);
    expect((await list(admin.actor, { q: '%' })).items.map((u) => u.id)).toEqual([percent.id]);
  });

  it('pages through users in name order, each exactly once', async () => {
    const department = await makeDepartment(db);
    // A run of equal names straddles the page boundary, so the id tie-break matters.
    const names = ['Eve', 'Cat', 'Ann', 'Cat', 'Dan', 'Bob', 'Cat'];
    const created = await Promise.all(names.map((name) => makeUser(db, { name, departmentId: department.id })));
    const expected = created
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
      .map((u) => u.id);

    const pages = await walkPages(admin.actor, { departmentId: department.id, limit: 3 });

    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat().map((u) => u.id)).toEqual(expected);
  });

  it('returns no cursor when everything fits on one page', async () => {
    const department = await makeDepartment(db);
    await makeUser(db, { departmentId: department.id });
    await makeUser(db, { departmentId: department.id });
    const page = await list(admin.actor, { departmentId: department.id, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
  });

  it.each([
    ['garbage', 'not a cursor at all'],
    ['JSON of the wrong shape', encodeCursor(['Ann'])],
    ['a non-uuid id', encodeCursor(['Ann', 'not-a-uuid'])],
  ])('rejects a cursor that is %s as a validation error', async (_, cursor) => {
    await expect(list(admin.actor, { cursor })).rejects.toMatchObject({
      code: 'E_VALIDATION',
      details: { fields: { cursor: [expect.any(String)] } },
    });
  });
});

describe('getUser', () => {
  it('returns any user to any signed-in role, without the password hash', async () => {
    const user = await getUser(deps, member.actor, { id: manager.user.id });
    expect(user).toEqual(toUser(manager.user));
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('reports an unknown id as not found', async () => {
    await expect(getUser(deps, admin.actor, { id: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });
});

describe('createUser', () => {
  it('lets an admin create a user who can then sign in', async () => {
    const department = await makeDepartment(db);
    const email = `Created-${tag()}@Example.com`;
    const user = await create(admin.actor, {
      email,
      name: ' Created ',
      password: 'initial password',
      role: 'manager',
      departmentId: department.id,
    });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      name: 'Created',
      role: 'manager',
      departmentId: department.id,
      active: true,
    });
    expect(user).not.toHaveProperty('passwordHash');
    expect((await signIn(deps, email, 'initial password')).user.id).toBe(user.id);
  });

  it('is forbidden for managers and plain users', async () => {
    await expect(create(manager.actor)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(create(member.actor)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
  });

  it('refuses an email that is taken in another letter case', async () => {
    await expect(create(admin.actor, { email: member.user.email.toUpperCase() })).rejects.toMatchObject({
      code: 'E_CONFLICT',
    });
  });

  it('refuses an unknown department as a validation error', async () => {
    await expect(create(admin.actor, { departmentId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'E_VALIDATION',
      details: { fields: { departmentId: [expect.any(String)] } },
    });
  });
});

describe('updateUser', () => {
  it('lets anyone rename themselves', async () => {
    for (const role of ['user', 'manager'] as const) {
      const { user, actor } = await makeActor(db, { role });
      expect(await update(actor, { id: user.id, name: '  Renamed ' })).toMatchObject({ id: user.id, name: 'Renamed' });
      expect((await getUser(deps, actor, { id: user.id })).name).toBe('Renamed');
    }
  });

  it("forbids a non-admin to rename someone else's account", async () => {
    const target = await makeUser(db);
    await expect(update(member.actor, { id: target.id, name: 'Hacked' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    await expect(update(manager.actor, { id: target.id, name: 'Hacked' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    expect((await getUser(deps, admin.actor, { id: target.id })).name).toBe(target.name);
  });

  it('forbids a non-admin to change their own role, department or active flag', async () => {
    const department = await makeDepartment(db);
    for (const role of ['user', 'manager'] as const) {
      const { user, actor } = await makeActor(db, { role });
      for (const change of [{ role: 'admin' }, { departmentId: department.id }, { active: false }] as const) {
        await expect(update(actor, { id: user.id, ...change })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
      }
      expect(await getUser(deps, actor, { id: user.id })).toMatchObject({ role, departmentId: null, active: true });
    }
  });

  it('forbids a manager to grant admin to someone else', async () => {
    const target = await makeUser(db);
    await expect(update(manager.actor, { id: target.id, role: 'admin' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    expect((await getUser(deps, admin.actor, { id: target.id })).role).toBe('user');
  });

  it("lets an admin change a user's role, department and active flag", async () => {
    const department = await makeDepartment(db);
    const target = await makeUser(db);
    const updated = await update(admin.actor, {
      id: target.id,
      role: 'manager',
      departmentId: department.id,
      active: false,
    });
    expect(updated).toMatchObject({ role: 'manager', departmentId: department.id, active: false });
    expect(await getUser(deps, admin.actor, { id: target.id })).toEqual(updated);

    const restored = await update(admin.actor, { id: target.id, role: 'admin', departmentId: null, active: true });
    expect(restored).toMatchObject({ role: 'admin', departmentId: null, active: true });
  });

  it('refuses an unknown department and reports an unknown user as not found', async () => {
    const target = await makeUser(db);
    await expect(update(admin.actor, { id: target.id, departmentId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'E_VALIDATION',
    });
    await expect(update(admin.actor, { id: crypto.randomUUID(), name: 'Ghost' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });
});

describe('deactivateUser', () => {
  it('signs the user out everywhere at once and keeps them out', async () => {
    const target = await makeActor(db);
    const second = await signIn(deps, target.user.email, TEST_PASSWORD);
    const deactivated = await deactivateUser(deps, admin.actor, { id: target.user.id });
    expect(deactivated.active).toBe(false);
    expect(await validateSessionToken(db, target.token)).toBeNull();
    expect(await validateSessionToken(db, second.token)).toBeNull();
    await expect(signIn(deps, target.user.email, TEST_PASSWORD)).rejects.toMatchObject({
      code: 'E_UNAUTHENTICATED',
    });
  });

  it('is forbidden for managers', async () => {
    const target = await makeActor(db);
    await expect(deactivateUser(deps, manager.actor, { id: target.user.id })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    expect(await validateSessionToken(db, target.token)).not.toBeNull();
  });
});
