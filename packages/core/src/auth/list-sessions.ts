import { sessions } from '@ticketing/db/schema';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { Session } from './schemas.ts';

/** Sessions are addressed by a prefix of their hash: enough to be unique, useless as a credential. */
export const publicSessionId = (sessionId: string) => sessionId.slice(0, 16);

export async function listSessions(deps: Deps, actor: Actor): Promise<Session[]> {
  const rows = await deps.db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, actor.userId))
    .orderBy(desc(sessions.lastUsedAt));
  const now = Date.now();
  return rows
    .filter((row) => row.expiresAt.getTime() > now)
    .map((row) => ({
      id: publicSessionId(row.id),
      current: actor.via.kind === 'session' && actor.via.sessionId === row.id,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      expiresAt: row.expiresAt,
      userAgent: row.userAgent,
      ipAddress: row.ipAddress,
    }));
}
