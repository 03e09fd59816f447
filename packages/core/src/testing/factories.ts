import { randomBytes } from 'node:crypto';
import type { Database } from '@ticketing/db/client';
import { type DepartmentRow, departments, type NewUserRow, type UserRow } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import { insertUser } from '../users/insert-user.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

// Hashing with production argon2 parameters costs ~50 ms; every factory user shares one hash.
let testPasswordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function makeUser(
  db: Database,
  overrides: Partial<NewUserRow> & { password?: string } = {},
): Promise<UserRow> {
  const { password, ...values } = overrides;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const tag = unique();
  return insertUser(db, {
    email: `user-${tag}@example.com`,
    name: `User ${tag}`,
    passwordHash: password ? await hashPassword(password) : await testPasswordHash,
    ...values,
  });
}

/** A user plus the actor a transport would resolve for it (with a real session). */
export async function makeActor(
  db: Database,
  overrides: Partial<NewUserRow> = {},
): Promise<{ user: UserRow; actor: Actor; token: string }> {
  const user = await makeUser(db, overrides);
  const { token, session } = await createSession(db, user.id);
  return { user, token, actor: { userId: user.id, role: user.role, via: { kind: 'session', sessionId: session.id } } };
}

export async function makeDepartment(db: Database, overrides: Partial<DepartmentRow> = {}): Promise<DepartmentRow> {
  const [row] = await db
    .insert(departments)
    .values({ name: `Dept ${unique()}`, ...overrides })
    .returning();
  if (!row) throw new Error('department insert returned no row');
  return row;
}
