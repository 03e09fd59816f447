import { sessions } from '@ticketing/db/schema';
import { and, eq, like } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { forgetCredentials } from './credential-changes.ts';

/** Revokes one of the actor's own sessions (another user's session is simply not found). */
export async function revokeSession(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  // The id is a 16-hex-digit prefix; anything else would widen the LIKE below.
  if (!/^[0-9a-f]{16}$/.test(input.id)) throw notFound('Session', { id: input.id });
  const deleted = await deps.db
    .delete(sessions)
    .where(and(eq(sessions.userId, actor.userId), like(sessions.id, `${input.id}%`)))
    .returning({ id: sessions.id });
  if (deleted.length === 0) throw notFound('Session', { id: input.id });
  forgetCredentials(deps, actor.userId);
}
