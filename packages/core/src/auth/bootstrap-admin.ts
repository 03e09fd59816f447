import { randomBytes } from 'node:crypto';
import { users } from '@ticketing/db/schema';
import type { Deps } from '../deps.ts';
import { insertUser } from '../users/insert-user.ts';
import { hashPassword } from './passwords.ts';

export interface BootstrapAdminInput {
  email: string;
  /** When absent, a strong password is generated and returned so the caller can show it once. */
  password?: string | undefined;
}

export type BootstrapAdminResult =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/** On a database with no users, creates the first admin. Never a fixed default password. */
export async function bootstrapAdmin(deps: Deps, input: BootstrapAdminInput): Promise<BootstrapAdminResult> {
  const existing = await deps.db.$count(users);
  if (existing > 0) return { created: false };
  const generatedPassword = input.password ? null : randomBytes(18).toString('base64url');
  const password = input.password ?? generatedPassword ?? '';
  await insertUser(deps.db, {
    email: input.email.trim().toLowerCase(),
    name: 'Administrator',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  return { created: true, email: input.email, generatedPassword };
}
