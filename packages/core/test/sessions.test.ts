import { createHash } from 'node:crypto';
import { type SessionRow, sessions, users } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { authenticate } from '../src/auth/authenticate.ts';
import {
  createSession,
  invalidateSession,
  invalidateUserSessions,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from '../src/auth/sessions.ts';
import { hashSecret } from '../src/auth/tokens.ts';
import { makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const DAY_MS = 24 * 60 * 60 * 1000;

async function storedSession(id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

async function patchSession(id: string, patch: Partial<Pick<SessionRow, 'expiresAt' | 'lastUsedAt'>>) {
  await db.update(sessions).set(patch).where(eq(sessions.id, id));
}

/** A fresh user with one session. */
async function userWithSession() {
  const user = await makeUser(db);
  const { token, session } = await createSession(db, user.id);
  return { user, token, session };
}

describe('createSession', () => {
  it('issues a 20-byte secret as 32 lower-case base32 characters', async () => {
    const { token } = await userWithSession();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    // 32 base32 characters carry 160 bits = 20 bytes.
    expect(token.length * 5).toBeGreaterThanOrEqual(20 * 8);
  });

  it('issues a different token every time', async () => {
    const user = await makeUser(db);
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) tokens.add((await createSession(db, user.id)).token);
    expect(tokens.size).toBe(5);
  });

  it('stores only the SHA-256 hex digest of the token', async () => {
    const { token, session } = await userWithSession();
    const sha256 = createHash('sha256').update(token).digest('hex');
    expect(session.id).not.toBe(token);
    expect(session.id).toBe(hashSecret(token));
    expect(session.id).toBe(sha256);
    expect(await storedSession(sha256)).toBeDefined();
    expect(await storedSession(token)).toBeUndefined();
  });

  it('expires after the full lifetime of 30 days and keeps the client details', async () => {
    const user = await makeUser(db);
    const before = Date.now();
    const { session } = await createSession(db, user.id, { userAgent: 'x'.repeat(600), ipAddress: '198.51.100.1' });
    const after = Date.now();
    expect(SESSION_LIFETIME_MS).toBe(30 * DAY_MS);
    expect(session.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS);
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(after + SESSION_LIFETIME_MS);
    expect(session.userAgent).toBe('x'.repeat(512));
    expect(session.ipAddress).toBe('198.51.100.1');
  });
});

describe('validateSessionToken', () => {
  it('returns the session and its user', async () => {
    const { user, token, session } = await userWithSession();
    const result = await validateSessionToken(db, token);
    expect(result?.user.id).toBe(user.id);
    expect(result?.session.id).toBe(session.id);
  });

  it('returns null for an unknown token and for the stored hash presented as a token', async () => {
    const { session } = await userWithSession();
    expect(await validateSessionToken(db, 'a'.repeat(32))).toBeNull();
    expect(await validateSessionToken(db, session.id)).toBeNull();
  });

  it('returns null for an expired session and deletes it', async () => {
    const { token, session } = await userWithSession();
    await patchSession(session.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await storedSession(session.id)).toBeUndefined();
  });

  it('extends a session in the second half of its life to a full lifetime', async () => {
    const { token, session } = await userWithSession();
    await patchSession(session.id, { expiresAt: new Date(Date.now() + 10 * DAY_MS) });
    const before = Date.now();
    const result = await validateSessionToken(db, token);
    const after = Date.now();
    const stored = await storedSession(session.id);
    for (const expiresAt of [result?.session.expiresAt, stored?.expiresAt]) {
      expect(expiresAt?.getTime()).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS);
      expect(expiresAt?.getTime()).toBeLessThanOrEqual(after + SESSION_LIFETIME_MS);
    }
  });

  it('does not extend a session in the first half of its life', async () => {
    const { token, session } = await userWithSession();
    const expiresAt = new Date(Date.now() + 20 * DAY_MS);
    await patchSession(session.id, { expiresAt });
    const result = await validateSessionToken(db, token);
    expect(result?.session.expiresAt).toEqual(expiresAt);
    expect((await storedSession(session.id))?.expiresAt).toEqual(expiresAt);
  });

  it('records the use of a session last used long ago', async () => {
    const { token, session } = await userWithSession();
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    await patchSession(session.id, { lastUsedAt: longAgo });
    await validateSessionToken(db, token);
    expect((await storedSession(session.id))?.lastUsedAt.getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it("returns null for a deactivated user's session", async () => {
    const { user, token } = await userWithSession();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await validateSessionToken(db, token)).toBeNull();
  });
});

describe('authenticate', () => {
  it('resolves a token to a session actor', async () => {
    const user = await makeUser(db, { role: 'manager' });
    const { token, session } = await createSession(db, user.id);
    expect(await authenticate(deps, token)).toEqual({
      userId: user.id,
      role: 'manager',
      via: { kind: 'session', sessionId: session.id },
    });
    expect(await authenticate(deps, 'not-a-token')).toBeNull();
  });
});

describe('invalidating sessions', () => {
  it('invalidateSession ends exactly that session', async () => {
    const { user, token, session } = await userWithSession();
    const other = await createSession(db, user.id);
    await invalidateSession(db, session.id);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await validateSessionToken(db, other.token)).not.toBeNull();
  });

  it("invalidateUserSessions ends all of one user's sessions and no one else's", async () => {
    const { user, token } = await userWithSession();
    const second = await createSession(db, user.id);
    const bystander = await userWithSession();
    await invalidateUserSessions(db, user.id);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await validateSessionToken(db, second.token)).toBeNull();
    expect(await validateSessionToken(db, bystander.token)).not.toBeNull();
  });

  it('invalidateUserSessions keeps the excepted session', async () => {
    const { user, token, session } = await userWithSession();
    const second = await createSession(db, user.id);
    const third = await createSession(db, user.id);
    await invalidateUserSessions(db, user.id, session.id);
    expect(await validateSessionToken(db, token)).not.toBeNull();
    expect(await validateSessionToken(db, second.token)).toBeNull();
    expect(await validateSessionToken(db, third.token)).toBeNull();
  });
});
