import { randomBytes } from 'node:crypto';
import { users } from '@ticketing/db/schema';
import { systemActor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { ensureDefaultProject } from '../projects/ensure-default-project.ts';
import { insertUser } from '../users/insert-user.ts';
import { userCreated } from '../users/user-events.ts';
import { hashPassword } from './passwords.ts';

export interface BootstrapAdminInput {
  email: string;
  /** When absent, a strong password is generated and returned so the caller can show it once. */
  password?: string | undefined;
}

const BOOTSTRAP = systemActor('bootstrap');

export type BootstrapAdminResult =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * On a database with no users (a fresh install), creates the first admin and the default project, in
 * one transaction: a crash half-way leaves a fresh install, never an admin without the project.
 * Never a fixed default password. Servers starting together call this one at a time (the server runs
 * it under the start-up lock); on its own it is not safe to race.
 */
export async function bootstrapAdmin(deps: Deps, input: BootstrapAdminInput): Promise<BootstrapAdminResult> {
  const existing = await deps.db.$count(users);
  if (existing > 0) return { created: false };
  // An empty password counts as none: a generated one is used and returned.
  const password = input.password || randomBytes(18).toString('base64url');
  const generatedPassword = input.password ? null : password;
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    const admin = await insertUser(tx, { email, name: 'Administrator', passwordHash, role: 'admin' });
    await recordEvents(tx, BOOTSTRAP, [userCreated(admin)]);
    await ensureDefaultProject(tx, BOOTSTRAP, admin.id);
  });
  return { created: true, email, generatedPassword };
}
