import { loginThrottle, users } from '@ticketing/db/schema';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from '../src/auth/bootstrap-admin.ts';
import { makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { findUserByEmail } from '../src/users/find-user.ts';
import { signIn } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

// Every test starts from the state a fresh install sees: no users at all (and no login history).
beforeEach(async () => {
  await db.delete(users);
  await db.delete(loginThrottle);
});

const EMAIL = 'admin@company.com';

describe('bootstrapAdmin on an empty users table', () => {
  it('creates an active admin with the given password', async () => {
    const result = await bootstrapAdmin(deps, { email: EMAIL, password: 'the chosen password' });
    expect(result).toEqual({ created: true, email: EMAIL, generatedPassword: null });
    expect(await findUserByEmail(db, EMAIL)).toMatchObject({ role: 'admin', active: true });
    const session = await signIn(deps, EMAIL, 'the chosen password');
    expect(session.user).toMatchObject({ email: EMAIL, role: 'admin' });
  });

  it('stores the email lower-cased so that it signs in in any case', async () => {
    await bootstrapAdmin(deps, { email: ' Boss@Company.COM ', password: 'the chosen password' });
    expect((await findUserByEmail(db, 'boss@company.com'))?.email).toBe('boss@company.com');
    expect((await signIn(deps, 'BOSS@company.com', 'the chosen password')).user.role).toBe('admin');
  });

  it('generates a strong password when none is given, and returns it once', async () => {
    const result = await bootstrapAdmin(deps, { email: EMAIL });
    if (!result.created) throw new Error('expected the admin to be created');
    expect(result.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    expect((await signIn(deps, EMAIL, result.generatedPassword ?? '')).user.role).toBe('admin');
    // Only an argon2 hash is stored.
    expect((await findUserByEmail(db, EMAIL))?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('generates a different password for every install', async () => {
    const first = await bootstrapAdmin(deps, { email: EMAIL });
    await db.delete(users);
    const second = await bootstrapAdmin(deps, { email: EMAIL });
    expect(first.created && second.created).toBe(true);
    if (first.created && second.created) expect(first.generatedPassword).not.toBe(second.generatedPassword);
  });

  it('treats an empty password as absent: the returned generated password signs in', async () => {
    const result = await bootstrapAdmin(deps, { email: EMAIL, password: '' });
    if (!result.created) throw new Error('expected the admin to be created');
    expect(result.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    expect((await signIn(deps, EMAIL, result.generatedPassword ?? '')).user.role).toBe('admin');
  });
});

describe('bootstrapAdmin when users exist', () => {
  it('does nothing, even when no existing user is an admin', async () => {
    await makeUser(db, { role: 'user' });
    expect(await bootstrapAdmin(deps, { email: EMAIL, password: 'the chosen password' })).toEqual({ created: false });
    expect(await db.$count(users)).toBe(1);
    expect(await findUserByEmail(db, EMAIL)).toBeUndefined();
  });
});
