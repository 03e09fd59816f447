import type { Actor } from '../../src/actor.ts';
import type { ClientInfo } from '../../src/auth/client-info.ts';
import { login } from '../../src/auth/login.ts';
import { loginInput } from '../../src/auth/schemas.ts';
import type { Deps } from '../../src/deps.ts';
import { DomainError } from '../../src/errors.ts';

/** A caller the transport knows nothing about (no address, no user agent). */
export const noClient: ClientInfo = { ip: null, userAgent: null };

/** Signs in the way the transport does: the raw input goes through loginInput first. */
export function signIn(deps: Deps, email: string, password: string, client: ClientInfo = noClient) {
  return login(deps, loginInput.parse({ email, password }), client);
}

/** The DomainError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject with a DomainError, but it resolved');
}

/** The (hashed) session id a session actor acts through. */
export function sessionIdOf(actor: Actor): string {
  if (actor.via.kind !== 'session') throw new Error('expected an actor signed in with a session');
  return actor.via.sessionId;
}
