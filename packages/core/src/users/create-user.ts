import type { Actor } from '../actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import { insertUser } from './insert-user.ts';
import type { CreateUserInput, User } from './schemas.ts';
import { toUser } from './to-user.ts';

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<User> {
  assertCan(actor, 'users:create');
  const row = await insertUser(deps.db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    departmentId: input.departmentId ?? null,
  });
  return toUser(row);
}
