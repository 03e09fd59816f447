import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { forgetCredentials } from './credential-changes.ts';
import { invalidateSession } from './sessions.ts';

export async function logout(deps: Deps, actor: Actor): Promise<void> {
  if (actor.via.kind !== 'session') {
    throw new DomainError('E_BAD_REQUEST', 'Logout ends a session; revoke an API token with auth.tokens.revoke');
  }
  await invalidateSession(deps.db, actor.via.sessionId);
  forgetCredentials(deps, actor.userId);
}
