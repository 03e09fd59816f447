import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { getUserRow } from '../users/find-user.ts';
import type { User } from '../users/schemas.ts';
import { toUser } from '../users/to-user.ts';

export async function me(deps: Deps, actor: Actor): Promise<User> {
  return toUser(await getUserRow(deps.db, actor.userId));
}
