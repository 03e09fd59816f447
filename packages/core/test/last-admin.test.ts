import { users } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/actor.ts';
import { validateSessionToken } from '../src/auth/sessions.ts';
import { makeActor, makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { deactivateUser } from '../src/users/deactivate-user.ts';
import { getUser } from '../src/users/get-user.ts';
import { updateUser } from '../src/users/update-user.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const note = concurrencyNote(deps.connection.kind);

/** Makes a fresh admin the only active admin: every earlier admin of this file is demoted directly in the database. */
async function soleAdmin() {
  await db.update(users).set({ role: 'user' }).where(eq(users.role, 'admin'));
  return makeActor(db, { role: 'admin' });
}

const roleAndActive = async (actor: Actor, id: string) => {
  const { role, active } = await getUser(deps, actor, { id });
  return { role, active };
};

describe('the last active admin', () => {
  it('cannot be demoted', async () => {
    const { user, actor } = await soleAdmin();
    for (const role of ['manager', 'user'] as const) {
      await expect(updateUser(deps, actor, { id: user.id, role })).rejects.toMatchObject({ code: 'E_CONFLICT' });
    }
    expect(await roleAndActive(actor, user.id)).toEqual({ role: 'admin', active: true });
  });

  it('cannot be deactivated, and keeps their session', async () => {
    const { user, actor, token } = await soleAdmin();
    await expect(deactivateUser(deps, actor, { id: user.id })).rejects.toMatchObject({ code: 'E_CONFLICT' });
    await expect(updateUser(deps, actor, { id: user.id, active: false })).rejects.toMatchObject({ code: 'E_CONFLICT' });
    expect(await roleAndActive(actor, user.id)).toEqual({ role: 'admin', active: true });
    expect(await validateSessionToken(db, token)).not.toBeNull();
  });

  it('is still the last one when the only other admin is inactive', async () => {
    const { user, actor } = await soleAdmin();
    await makeUser(db, { role: 'admin', active: false });
    await expect(updateUser(deps, actor, { id: user.id, role: 'user' })).rejects.toMatchObject({ code: 'E_CONFLICT' });
  });

  it('may still be renamed or "changed" to admin', async () => {
    const { user, actor } = await soleAdmin();
    expect(await updateUser(deps, actor, { id: user.id, name: 'Root', role: 'admin', active: true })).toMatchObject({
      name: 'Root',
      role: 'admin',
      active: true,
    });
  });
});

describe('with a second active admin', () => {
  it('an admin can be demoted, after which the other is the last one', async () => {
    const first = await soleAdmin();
    const second = await makeActor(db, { role: 'admin' });
    expect(await updateUser(deps, second.actor, { id: first.user.id, role: 'manager' })).toMatchObject({
      role: 'manager',
    });
    await expect(updateUser(deps, second.actor, { id: second.user.id, role: 'user' })).rejects.toMatchObject({
      code: 'E_CONFLICT',
    });
  });

  it('an admin can be deactivated, after which the other is the last one', async () => {
    const first = await soleAdmin();
    const second = await makeActor(db, { role: 'admin' });
    expect(await deactivateUser(deps, second.actor, { id: first.user.id })).toMatchObject({ active: false });
    expect(await validateSessionToken(db, first.token)).toBeNull();
    await expect(deactivateUser(deps, second.actor, { id: second.user.id })).rejects.toMatchObject({
      code: 'E_CONFLICT',
    });
  });

  it('an admin can step down themselves', async () => {
    const first = await soleAdmin();
    await makeActor(db, { role: 'admin' });
    expect(await updateUser(deps, first.actor, { id: first.user.id, role: 'user' })).toMatchObject({ role: 'user' });
  });

  it(`two admins demoting each other at once leave exactly one admin, whatever the interleaving${note}`, async () => {
    const first = await soleAdmin();
    const second = await makeActor(db, { role: 'admin' });
    const outcomes = await Promise.allSettled([
      updateUser(deps, first.actor, { id: second.user.id, role: 'user' }),
      updateUser(deps, second.actor, { id: first.user.id, role: 'user' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'E_CONFLICT' } });
    const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
    expect(admins).toHaveLength(1);
  });
});
