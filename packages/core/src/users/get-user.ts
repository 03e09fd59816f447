import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import { getUserRow } from './find-user.ts';
import type { User } from './schemas.ts';
import { toUser } from './to-user.ts';

export async function getUser(deps: Deps, actor: Actor, input: { id: string }): Promise<User> {
  assertCan(actor, 'users:read');
  return toUser(await getUserRow(deps.db, input.id));
}
