import { users } from '@ticketing/db/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../src/auth/register.ts';
import { registerInput } from '../src/auth/schemas.ts';
import { validateSessionToken } from '../src/auth/sessions.ts';
import { makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { findUserByEmail } from '../src/users/find-user.ts';
import { noClient, signIn } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const PASSWORD = 'a new and long password';

const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.com`;

/** Registers the way the transport does: the raw body goes through registerInput first. */
const registerRaw = (body: Record<string, unknown>) => register(deps, registerInput.parse(body), noClient);

describe('register', () => {
  it('creates a plain user, normalising the input, and signs them in', async () => {
    const email = uniqueEmail('New.Person');
    const result = await registerRaw({ email: ` ${email} `, name: '  New Person ', password: PASSWORD });
    expect(result.user).toMatchObject({ email: email.toLowerCase(), name: 'New Person', role: 'user', active: true });
    expect(result.user).not.toHaveProperty('passwordHash');
    expect((await validateSessionToken(db, result.token))?.user.id).toBe(result.user.id);
    expect((await signIn(deps, email, PASSWORD)).user.id).toBe(result.user.id);
  });

  it('creates role user even when the request asks for admin (the input cannot carry a role)', async () => {
    const input = registerInput.parse({
      email: uniqueEmail('climber'),
      name: 'Climber',
      password: PASSWORD,
      role: 'admin',
    });
    expect(input).not.toHaveProperty('role');
    const result = await register(deps, input, noClient);
    expect(result.user.role).toBe('user');
    expect((await findUserByEmail(db, input.email))?.role).toBe('user');
  });

  it('records the client on the new session', async () => {
    const input = registerInput.parse({ email: uniqueEmail('client'), name: 'Client', password: PASSWORD });
    const result = await register(deps, input, { ip: '192.0.2.44', userAgent: 'curl/8' });
    const validated = await validateSessionToken(db, result.token);
    expect(validated?.session).toMatchObject({ ipAddress: '192.0.2.44', userAgent: 'curl/8' });
  });

  it('refuses an email that is taken in another letter case, creating nothing', async () => {
    const existing = await makeUser(db, { email: uniqueEmail('Taken.Address') });
    const before = await db.$count(users);
    await expect(
      registerRaw({ email: existing.email.toUpperCase(), name: 'Copycat', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'E_CONFLICT' });
    expect(await db.$count(users)).toBe(before);
  });

  it('is forbidden when registration is closed', async () => {
    const closed = { ...deps, config: { ...deps.config, allowRegistration: false } };
    const input = registerInput.parse({ email: uniqueEmail('late'), name: 'Late', password: PASSWORD });
    await expect(register(closed, input, noClient)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect(await findUserByEmail(db, input.email)).toBeUndefined();
  });
});
