import { users } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { findUserByEmail } from '../users/find-user.ts';
import { toUser } from '../users/to-user.ts';
import type { ClientInfo } from './client-info.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import type { AuthResult, LoginInput } from './schemas.ts';
import { createSession } from './sessions.ts';
import { forgiveLoginAttempt, reserveLoginAttempt } from './throttle.ts';

const invalidCredentials = () => new DomainError('E_UNAUTHENTICATED', 'Invalid email or password');

export async function login(deps: Deps, input: LoginInput, client: ClientInfo): Promise<AuthResult> {
  const { db } = deps;
  await reserveLoginAttempt(db, input.email, client.ip);

  const user = await findUserByEmail(db, input.email);
  // Unknown email and deactivated account cost one argon2 verification too, and fail the same way.
  const valid = user?.active
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password);
  if (!user || !valid) throw invalidCredentials();

  await forgiveLoginAttempt(db, input.email, client.ip);
  const { token, session } = await db.transaction(async (tx) => {
    // A deactivation in progress holds the user's row: wait for it, and create no session for an
    // account it has just closed (one that would come back to life on reactivation).
    const [current] = await tx.select({ active: users.active }).from(users).where(eq(users.id, user.id)).for('share');
    if (!current?.active) throw invalidCredentials();
    return createSession(tx, user.id, { userAgent: client.userAgent, ipAddress: client.ip });
  });
  return { token, expiresAt: session.expiresAt, user: toUser(user) };
}
