import type { Actor } from '../actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertCan } from '../permissions.ts';
import { insertUser } from './insert-user.ts';
import type { CreateUserInput, User } from './schemas.ts';
import { toUser } from './to-user.ts';
import { userCreated } from './user-events.ts';

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<User> {
  assertCan(actor, 'users:create');
  const passwordHash = await hashPassword(input.password);
  const row = await deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      role: input.role,
      departmentId: input.departmentId ?? null,
    });
    await recordEvents(tx, actor, [userCreated(user)]);
    return user;
  });
  return toUser(row);
}
