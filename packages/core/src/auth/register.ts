import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { insertUser } from '../users/insert-user.ts';
import { toUser } from '../users/to-user.ts';
import { userCreated } from '../users/user-events.ts';
import type { ClientInfo } from './client-info.ts';
import { hashPassword } from './passwords.ts';
import type { AuthResult, RegisterInput } from './schemas.ts';
import { createSession } from './sessions.ts';

/** Open self-registration (when enabled): a new `user`, signed in at once. */
export async function register(deps: Deps, input: RegisterInput, client: ClientInfo): Promise<AuthResult> {
  if (!deps.config.allowRegistration) {
    throw new DomainError('E_FORBIDDEN', 'Registration is closed; ask an administrator for an account');
  }
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash, role: 'user' });
    const { token, session } = await createSession(tx, user.id, { userAgent: client.userAgent, ipAddress: client.ip });
    // Signing up is the new person's own act.
    const self = { userId: user.id, role: user.role, via: { kind: 'session' as const, sessionId: session.id } };
    await recordEvents(tx, self, [userCreated(user)]);
    return { token, expiresAt: session.expiresAt, user: toUser(user) };
  });
}
