import { afterAll, describe, expect, it } from 'vitest';
import { changePassword } from '../src/auth/change-password.ts';
import { changePasswordInput } from '../src/auth/schemas.ts';
import { createSession, validateSessionToken } from '../src/auth/sessions.ts';
import { makeActor, TEST_PASSWORD } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { rejectionOf, signIn } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const NEW_PASSWORD = 'a brand new passphrase';

const input = (currentPassword: string, newPassword = NEW_PASSWORD) =>
  changePasswordInput.parse({ currentPassword, newPassword });

describe('changePassword', () => {
  it('refuses a wrong current password as a validation error on that field, changing nothing', async () => {
    const { user, actor } = await makeActor(db);
    const error = await rejectionOf(changePassword(deps, actor, input('not my password')));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { currentPassword: [expect.any(String)] } });
    expect((await signIn(deps, user.email, TEST_PASSWORD)).user.id).toBe(user.id);
  });

  it('signs out every other session of the user but keeps the current one', async () => {
    const { user, actor, token } = await makeActor(db);
    const laptop = await createSession(db, user.id);
    const phone = await createSession(db, user.id);
    const bystander = await makeActor(db);

    await changePassword(deps, actor, input(TEST_PASSWORD));

    expect((await validateSessionToken(db, token))?.user.id).toBe(user.id);
    expect(await validateSessionToken(db, laptop.token)).toBeNull();
    expect(await validateSessionToken(db, phone.token)).toBeNull();
    expect(await validateSessionToken(db, bystander.token)).not.toBeNull();
  });

  it('makes the new password the only one that signs in', async () => {
    const { user, actor } = await makeActor(db);
    await changePassword(deps, actor, input(TEST_PASSWORD));
    expect((await signIn(deps, user.email, NEW_PASSWORD)).user.id).toBe(user.id);
    await expect(signIn(deps, user.email, TEST_PASSWORD)).rejects.toMatchObject({ code: 'E_UNAUTHENTICATED' });
  });
});
