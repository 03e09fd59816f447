import { randomBytes } from 'node:crypto';
import { users } from '@ticketing/db/schema';
import type { Deps } from '../deps.ts';
import { ensureDefaultProject } from '../projects/ensure-default-project.ts';
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

/**
 * On a database with no users (a fresh install), creates the first admin and the default project.
 * Never a fixed default password.
 */
export async function bootstrapAdmin(deps: Deps, input: BootstrapAdminInput): Promise<BootstrapAdminResult> {
  const existing = await deps.db.$count(users);
  if (existing > 0) return { created: false };
  // An empty password counts as none: a generated one is used and returned.
  const password = input.password || randomBytes(18).toString('base64url');
  const generatedPassword = input.password ? null : password;
  const email = input.email.trim().toLowerCase();
  const admin = await insertUser(deps.db, {
    email,
    name: 'Administrator',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  await ensureDefaultProject(deps, admin.id);
  return { created: true, email, generatedPassword };
}
