import type { Executor } from '@ticketing/db/client';
import { apiTokens, type Role, sessions, users } from '@ticketing/db/schema';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Actor } from '../actor.ts';

/**
 * The actor's role as it is now, if the session or API token it was authenticated with still holds
 * (not signed out, revoked or expired) and its user is still active; null otherwise. A stream asks
 * when an event says something changed about its user, instead of authenticating on every event.
 */
export async function currentRole(db: Executor, actor: Actor): Promise<Role | null> {
  const now = new Date();
  if (actor.via.kind === 'session') {
    const [row] = await db
      .select({ role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, actor.via.sessionId), gt(sessions.expiresAt, now), eq(users.active, true)));
    return row?.role ?? null;
  }
  // A rule never opens a live stream.
  if (actor.via.kind !== 'token') return null;
  const [row] = await db
    .select({ role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.id, actor.via.tokenId),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  return row?.role ?? null;
}
