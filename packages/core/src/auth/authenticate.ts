import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { validateSessionToken } from './sessions.ts';

/** Resolves a presented credential to the acting user, or null when it is unknown, expired or revoked. */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const result = await validateSessionToken(deps.db, token);
  if (!result) return null;
  return { userId: result.user.id, role: result.user.role, via: { kind: 'session', sessionId: result.session.id } };
}
