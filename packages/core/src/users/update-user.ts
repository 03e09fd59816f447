import { type UserRow, users } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { revokeAllApiTokens } from '../auth/api-tokens.ts';
import { forgetCredentials } from '../auth/credential-changes.ts';
import { invalidateUserSessions } from '../auth/sessions.ts';
import { assertDepartmentExists } from '../departments/assert-department-exists.ts';
import type { Deps } from '../deps.ts';
import { forbidden } from '../errors.ts';
import type { EventData } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { can } from '../permissions.ts';
import { getUserRow } from './find-user.ts';
import { assertAnotherActiveAdmin } from './last-admin-guard.ts';
import type { UpdateUserInput, User } from './schemas.ts';
import { toUser } from './to-user.ts';

/** Admins change role, department, active and name; everyone else only their own name. */
export async function updateUser(deps: Deps, actor: Actor, input: UpdateUserInput): Promise<User> {
  const { id, ...changes } = input;
  const adminOnly = changes.role !== undefined || changes.departmentId !== undefined || changes.active !== undefined;
  const mayManage = can(actor, 'users:manage');
  if (adminOnly && !mayManage) throw forbidden('Only an admin may change a role, department or active flag');
  if (!mayManage && id !== actor.userId) throw forbidden('You may only change your own name');

  const updated = await deps.db.transaction(async (tx) => {
    const current = await getUserRow(tx, id);
    const losesAdmin =
      current.role === 'admin' &&
      current.active &&
      ((changes.role && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin) await assertAnotherActiveAdmin(tx, id);
    if (changes.departmentId) await assertDepartmentExists(tx, changes.departmentId);

    const patch: Partial<UserRow> = {};
    const changed: EventData<'user.updated'>['changes'] = {};
    for (const field of ['name', 'role', 'departmentId', 'active'] as const) {
      const value = changes[field];
      if (value !== undefined && value !== current[field]) {
        Object.assign(patch, { [field]: value });
        Object.assign(changed, { [field]: { old: current[field], new: value } });
      }
    }
    if (Object.keys(patch).length === 0) return toUser(current);

    const [row] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
    if (!row) throw new Error('user update returned no row');
    await recordEvents(tx, actor, [{ type: 'user.updated', data: { userId: id, changes: changed } }]);
    if (changes.active === false) {
      await invalidateUserSessions(tx, id);
      await revokeAllApiTokens(tx, actor, id);
    }
    return toUser(row);
  });
  // A role or active change: the user's cached credentials carry the old role.
  if (changes.role !== undefined || changes.active !== undefined) forgetCredentials(deps, id);
  return updated;
}
