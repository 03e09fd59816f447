import { describe, expect, it } from 'vitest';
import { changePasswordInput, loginInput, registerInput, revokeSessionInput } from '../src/auth/schemas.ts';
import { createUserInput, emailSchema, listUsersInput, updateUserInput } from '../src/users/schemas.ts';

const validRegistration = { email: 'someone@example.com', name: 'Someone', password: 'long enough' };

/** The field paths a failed parse complains about. */
function failedPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('emailSchema', () => {
  it.each(['not-an-email', 'missing-at.example.com', 'a@', '@example.com', 'two words@example.com', ''])(
    'rejects %j',
    (email) => {
      expect(emailSchema.safeParse(email).success).toBe(false);
    },
  );

  it('trims and lower-cases a valid address', () => {
    expect(emailSchema.parse('  Some.One@Example.COM ')).toBe('some.one@example.com');
  });
});

describe('registerInput', () => {
  it('rejects a malformed email', () => {
    expect(failedPaths(registerInput.safeParse({ ...validRegistration, email: 'nope' }))).toEqual(['email']);
  });

  it.each([0, 7, 257, 1000])('rejects a password of %i characters', (length) => {
    const result = registerInput.safeParse({ ...validRegistration, password: 'p'.repeat(length) });
    expect(failedPaths(result)).toEqual(['password']);
  });

  it.each([8, 256])('accepts a password of %i characters', (length) => {
    const result = registerInput.safeParse({ ...validRegistration, password: 'p'.repeat(length) });
    expect(result.success).toBe(true);
    expect(result.data?.password).toHaveLength(length);
  });

  it('requires a non-blank name and drops unknown fields such as role', () => {
    expect(failedPaths(registerInput.safeParse({ ...validRegistration, name: '   ' }))).toEqual(['name']);
    expect(registerInput.parse({ ...validRegistration, role: 'admin' })).toEqual(validRegistration);
  });
});

describe('loginInput', () => {
  it('does not apply the password policy (an old short password must still reach the check) but needs one', () => {
    expect(loginInput.safeParse({ email: 'a@example.com', password: 'short' }).success).toBe(true);
    expect(failedPaths(loginInput.safeParse({ email: 'a@example.com', password: '' }))).toEqual(['password']);
    expect(failedPaths(loginInput.safeParse({ email: 'a@', password: 'whatever' }))).toEqual(['email']);
  });
});

describe('changePasswordInput', () => {
  it('applies the password policy to the new password only', () => {
    expect(changePasswordInput.safeParse({ currentPassword: 'old', newPassword: 'p'.repeat(8) }).success).toBe(true);
    expect(failedPaths(changePasswordInput.safeParse({ currentPassword: 'old', newPassword: 'p'.repeat(7) }))).toEqual([
      'newPassword',
    ]);
  });
});

describe('user inputs', () => {
  it('createUserInput defaults the role to user and rejects unknown roles', () => {
    const base = { ...validRegistration };
    expect(createUserInput.parse(base).role).toBe('user');
    expect(failedPaths(createUserInput.safeParse({ ...base, role: 'root' }))).toEqual(['role']);
    expect(failedPaths(createUserInput.safeParse({ ...base, password: 'short' }))).toEqual(['password']);
  });

  it('updateUserInput requires a uuid id', () => {
    expect(failedPaths(updateUserInput.safeParse({ id: 'not-a-uuid', name: 'X' }))).toEqual(['id']);
  });

  it('listUsersInput reads REST-style booleans and bounds the limit', () => {
    expect(listUsersInput.parse({ active: 'false' }).active).toBe(false);
    expect(listUsersInput.parse({ active: 'true' }).active).toBe(true);
    expect(listUsersInput.parse({}).limit).toBe(50);
    expect(failedPaths(listUsersInput.safeParse({ limit: 0 }))).toEqual(['limit']);
    expect(failedPaths(listUsersInput.safeParse({ limit: 101 }))).toEqual(['limit']);
  });

  it('revokeSessionInput accepts only a 16-hex-digit public session id', () => {
    expect(revokeSessionInput.safeParse({ id: '0123456789abcdef' }).success).toBe(true);
    for (const id of ['', '%', '0123456789abcde', '0123456789abcdef0', '0123456789ABCDEF']) {
      expect(revokeSessionInput.safeParse({ id }).success).toBe(false);
    }
  });
});
