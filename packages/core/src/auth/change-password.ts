import { users } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { getUserRow } from '../users/find-user.ts';
import { forgetCredentials } from './credential-changes.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { ChangePasswordInput } from './schemas.ts';
import { invalidateUserSessions } from './sessions.ts';

/** Changes the actor's password and signs out every other session. */
export async function changePassword(deps: Deps, actor: Actor, input: ChangePasswordInput): Promise<void> {
  const user = await getUserRow(deps.db, actor.userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('E_VALIDATION', 'Current password is incorrect', {
      fields: { currentPassword: ['Current password is incorrect'] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const keep = actor.via.kind === 'session' ? actor.via.sessionId : undefined;
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await invalidateUserSessions(tx, actor.userId, keep);
    await recordEvents(tx, actor, [{ type: 'user.password_changed', data: { userId: actor.userId } }]);
  });
  forgetCredentials(deps, actor.userId);
}
