import { sessions } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { listSessions, publicSessionId } from '../src/auth/list-sessions.ts';
import { revokeSession } from '../src/auth/revoke-session.ts';
import { createSession, validateSessionToken } from '../src/auth/sessions.ts';
import { makeActor } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { sessionIdOf } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

describe('listSessions', () => {
  it("lists only the actor's live sessions and flags the current one", async () => {
    const { user, actor } = await makeActor(db);
    const other = await createSession(db, user.id, { userAgent: 'Safari', ipAddress: '192.0.2.1' });
    const expired = await createSession(db, user.id);
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, expired.session.id));
    await makeActor(db); // someone else's session

    const list = await listSessions(deps, actor);

    expect(list).toHaveLength(2);
    expect(list.map((s) => s.id).sort()).toEqual([sessionIdOf(actor), other.session.id].map(publicSessionId).sort());
    expect(list.filter((s) => s.current).map((s) => s.id)).toEqual([publicSessionId(sessionIdOf(actor))]);
    expect(list.find((s) => s.id === publicSessionId(other.session.id))).toMatchObject({
      current: false,
      userAgent: 'Safari',
      ipAddress: '192.0.2.1',
    });
  });

  it('addresses sessions by a 16-hex-digit prefix of the hash, never the hash itself', async () => {
    const { actor } = await makeActor(db);
    const [session] = await listSessions(deps, actor);
    expect(session?.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('revokeSession', () => {
  it("treats another user's session as not found and leaves it alone", async () => {
    const { actor } = await makeActor(db);
    const victim = await makeActor(db);
    const victimSessionId = publicSessionId(sessionIdOf(victim.actor));
    await expect(revokeSession(deps, actor, { id: victimSessionId })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(await validateSessionToken(db, victim.token)).not.toBeNull();
  });

  it('signs out one of your own sessions, and only that one', async () => {
    const { user, actor, token } = await makeActor(db);
    const other = await createSession(db, user.id);
    await revokeSession(deps, actor, { id: publicSessionId(other.session.id) });
    expect(await validateSessionToken(db, other.token)).toBeNull();
    expect(await validateSessionToken(db, token)).not.toBeNull();
    expect((await listSessions(deps, actor)).map((s) => s.current)).toEqual([true]);
  });

  it('reports a session that is already gone as not found', async () => {
    const { user, actor } = await makeActor(db);
    const other = await createSession(db, user.id);
    const id = publicSessionId(other.session.id);
    await revokeSession(deps, actor, { id });
    await expect(revokeSession(deps, actor, { id })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });
});
