import { sessions } from '@ticketing/db/schema';
import { and, eq, like } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { notFound } from '../errors.ts';

/** Revokes one of the actor's own sessions (another user's session is simply not found). */
export async function revokeSession(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  const deleted = await deps.db
    .delete(sessions)
    .where(and(eq(sessions.userId, actor.userId), like(sessions.id, `${input.id}%`)))
    .returning({ id: sessions.id });
  if (deleted.length === 0) throw notFound('Session', { id: input.id });
}
