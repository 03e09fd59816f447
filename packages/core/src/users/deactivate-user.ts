import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import type { User } from './schemas.ts';
import { updateUser } from './update-user.ts';

/** Deactivation signs the user out everywhere at once and revokes their API tokens for good. */
export async function deactivateUser(deps: Deps, actor: Actor, input: { id: string }): Promise<User> {
  assertCan(actor, 'users:manage');
  return updateUser(deps, actor, { id: input.id, active: false });
}
