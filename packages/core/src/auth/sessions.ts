import type { Executor } from '@ticketing/db/client';
import { type SessionRow, sessions, type UserRow, users } from '@ticketing/db/schema';
import { and, eq, ne } from 'drizzle-orm';
import { generateSecret, hashSecret } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
const LAST_USED_PRECISION_MS = 60 * 1000;

export interface SessionClient {
  userAgent?: string | null | undefined;
  ipAddress?: string | null | undefined;
}

export interface IssuedSession {
  token: string;
  session: SessionRow;
}

export async function createSession(db: Executor, userId: string, client: SessionClient = {}): Promise<IssuedSession> {
  const token = generateSecret();
  const [session] = await db
    .insert(sessions)
    .values({
      id: hashSecret(token),
      userId,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ipAddress: client.ipAddress ?? null,
    })
    .returning();
  if (!session) throw new Error('session insert returned no row');
  return { token, session };
}

/** A session with its user, as stored; null when there is none with this id. */
export async function findSession(
  db: Executor,
  sessionId: string,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

/**
 * What using a session now should write, if anything: a session used in the second half of its life
 * is extended by a full lifetime (sliding expiry); its last-used time is kept to the minute.
 */
export function sessionTouch(
  session: Pick<SessionRow, 'expiresAt' | 'lastUsedAt'>,
  now: number,
): Pick<SessionRow, 'lastUsedAt' | 'expiresAt'> | null {
  const extend = now >= session.expiresAt.getTime() - SESSION_LIFETIME_MS / 2;
  // lastUsedAt is for the user's session list; minute precision is enough and spares a write per request.
  const touch = now - session.lastUsedAt.getTime() > LAST_USED_PRECISION_MS;
  if (!extend && !touch) return null;
  return { lastUsedAt: new Date(now), expiresAt: extend ? new Date(now + SESSION_LIFETIME_MS) : session.expiresAt };
}

export async function writeSessionTouch(
  db: Executor,
  sessionId: string,
  patch: Pick<SessionRow, 'lastUsedAt' | 'expiresAt'>,
): Promise<void> {
  await db.update(sessions).set(patch).where(eq(sessions.id, sessionId));
}

/**
 * Resolves a session token to its session and active user, or null. Expired sessions are deleted;
 * a session in use is extended and stamped as `sessionTouch` says.
 */
export async function validateSessionToken(
  db: Executor,
  token: string,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const sessionId = hashSecret(token);
  const row = await findSession(db, sessionId);
  if (!row?.user.active) return null;

  const now = Date.now();
  if (now >= row.session.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  const patch = sessionTouch(row.session, now);
  if (patch) {
    await writeSessionTouch(db, sessionId, patch);
    row.session = { ...row.session, ...patch };
  }
  return row;
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}
