import { MAX_ACTIVE_API_TOKENS } from '@ticketing/core/auth/api-tokens';
import { apiTokens } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSignedInUser, expectError } from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
const { kind } = inject('dbTemplate');
afterAll(() => server.close());

interface CreatedToken {
  id: string;
  token: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
}

let session: string;
let userId: string;
let userSession: string;

async function createToken(token: string, json: Record<string, unknown>): Promise<CreatedToken> {
  const response = await server.request('/api/v1/auth/tokens', { method: 'POST', token, json });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as CreatedToken;
}

beforeAll(async () => {
  session = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const created = await server.request('/api/v1/users', {
    method: 'POST',
    token: session,
    json: { email: 'tool-owner@tokens.example', name: 'Tool Owner', password: 'password-123' },
  });
  userId = ((await created.json()) as { id: string }).id;
  userSession = await server.login('tool-owner@tokens.example', 'password-123');
});

describe('API tokens', () => {
  it('are shown once, stored hashed, and act as their owner', async () => {
    const created = await createToken(session, { name: 'CI', scopes: ['read', 'write'], expiresInDays: 30 });
    expect(created.token).toMatch(/^tkt_[a-z2-7]{32}$/);
    expect(new Date(created.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const me = await server.request('/api/v1/auth/me', { token: created.token });
    expect(((await me.json()) as { email: string }).email).toBe(ADMIN_EMAIL);

    const list = (await (await server.request('/api/v1/auth/tokens', { token: session })).json()) as CreatedToken[];
    const listed = list.find((token) => token.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('token');
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('a read token reads but cannot change anything', async () => {
    const read = await createToken(session, { name: 'dashboard', scopes: ['read'] });
    expect((await server.request('/api/v1/tickets', { token: read.token })).status).toBe(200);
    const write = await server.request('/api/v1/tickets', {
      method: 'POST',
      token: read.token,
      json: { projectKey: 'TSK', title: 'x' },
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { error: string }).error).toBe('E_FORBIDDEN');
  });

  it('stop working at once when revoked, expired, or their owner is deactivated', async () => {
    const revoked = await createToken(session, { name: 'old', scopes: ['read'] });
    expect(
      (await server.request(`/api/v1/auth/tokens/${revoked.id}`, { method: 'DELETE', token: session })).status,
    ).toBe(200);
    expect((await server.request('/api/v1/auth/me', { token: revoked.token })).status).toBe(401);

    const expiring = await createToken(session, { name: 'short', scopes: ['read'], expiresInDays: 1 });
    await server.connection.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    expect((await server.request('/api/v1/auth/me', { token: expiring.token })).status).toBe(401);

    const owned = await createToken(userSession, { name: 'mine', scopes: ['read'] });
    expect((await server.request('/api/v1/auth/me', { token: owned.token })).status).toBe(200);
    await server.request(`/api/v1/users/${userId}/deactivate`, { method: 'POST', token: session });
    expect((await server.request('/api/v1/auth/me', { token: owned.token })).status).toBe(401);
  });

  it('stay dead when their deactivated owner is reactivated (sessions and tokens alike)', async () => {
    const { user: comeback, token: comebackSession } = await createSignedInUser(server, session, {
      email: 'comeback@tokens.example',
      password: 'password-123',
    });
    const owned = await createToken(comebackSession, { name: 'script', scopes: ['read'] });

    await server.request(`/api/v1/users/${comeback.id}/deactivate`, { method: 'POST', token: session });
    const reactivated = await server.request(`/api/v1/users/${comeback.id}`, {
      method: 'PATCH',
      token: session,
      json: { active: true },
    });
    expect(reactivated.status).toBe(200);

    expect((await server.request('/api/v1/auth/me', { token: owned.token })).status).toBe(401);
    expect((await server.request('/api/v1/auth/me', { token: comebackSession })).status).toBe(401);
    const [row] = await server.connection.db.select().from(apiTokens).where(eq(apiTokens.id, owned.id));
    expect(row?.revokedAt).toBeInstanceOf(Date);
    // Signing in again works, and new tokens do.
    const fresh = await createToken(await server.login('comeback@tokens.example', 'password-123'), {
      name: 'new script',
      scopes: ['read'],
    });
    expect((await server.request('/api/v1/auth/me', { token: fresh.token })).status).toBe(200);
  });

  it(`are capped at ${MAX_ACTIVE_API_TOKENS} active per user, also under a burst, and revoking frees a place${concurrencyNote(kind)}`, async () => {
    const { token: hoarder } = await createSignedInUser(server, session);
    const burst = await Promise.all(
      Array.from({ length: MAX_ACTIVE_API_TOKENS + 10 }, (_, i) =>
        server.request('/api/v1/auth/tokens', {
          method: 'POST',
          token: hoarder,
          json: { name: `t${i}`, scopes: ['read'] },
        }),
      ),
    );
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(MAX_ACTIVE_API_TOKENS);
    const refused = burst.filter((response) => response.status !== 200);
    expect(refused).toHaveLength(10);
    for (const response of refused) {
      const body = await expectError(response, 409, 'E_CONFLICT');
      expect(body.details).toEqual({ limit: MAX_ACTIVE_API_TOKENS });
    }
    const list = (await (await server.request('/api/v1/auth/tokens', { token: hoarder })).json()) as CreatedToken[];
    expect(list).toHaveLength(MAX_ACTIVE_API_TOKENS);

    const first = list[0];
    if (!first) throw new Error('no token listed');
    await server.request(`/api/v1/auth/tokens/${first.id}`, { method: 'DELETE', token: hoarder });
    await createToken(hoarder, { name: 'replacement', scopes: ['read'] });
  });

  it(`a deactivation racing token creations and sign-ins leaves no credential for reactivation to revive${concurrencyNote(kind)}`, async () => {
    const { user: racer, token: racerSession } = await createSignedInUser(server, session, {
      email: 'racer@tokens.example',
      password: 'password-123',
    });
    const mint = (i: number) =>
      server.request('/api/v1/auth/tokens', {
        method: 'POST',
        token: racerSession,
        json: { name: `race ${i}`, scopes: ['read'] },
      });
    const signIn = () =>
      server.request('/api/v1/auth/login', {
        method: 'POST',
        json: { email: 'racer@tokens.example', password: 'password-123' },
      });
    const [deactivated, ...attempts] = await Promise.all([
      server.request(`/api/v1/users/${racer.id}/deactivate`, { method: 'POST', token: session }),
      ...Array.from({ length: 8 }, (_, i) => mint(i)),
      ...Array.from({ length: 4 }, signIn),
    ]);
    expect(deactivated?.status).toBe(200);
    const credentials: string[] = [];
    for (const attempt of attempts) {
      if (attempt.status === 200) credentials.push(((await attempt.json()) as { token: string }).token);
      else expect(attempt.status).toBe(401);
    }
    const reactivated = await server.request(`/api/v1/users/${racer.id}`, {
      method: 'PATCH',
      token: session,
      json: { active: true },
    });
    expect(reactivated.status).toBe(200);
    for (const credential of [racerSession, ...credentials]) {
      expect((await server.request('/api/v1/auth/me', { token: credential })).status).toBe(401);
    }
  });

  it('refuse a lifetime over a year and cannot mint more tokens', async () => {
    const tooLong = await server.request('/api/v1/auth/tokens', {
      method: 'POST',
      token: session,
      json: { name: 'forever', scopes: ['read'], expiresInDays: 400 },
    });
    expect(tooLong.status).toBe(400);
    const token = await createToken(session, { name: 'writer', scopes: ['read', 'write'] });
    const minted = await server.request('/api/v1/auth/tokens', {
      method: 'POST',
      token: token.token,
      json: { name: 'x', scopes: ['read'] },
    });
    expect(minted.status).toBe(403);
  });

  it("cannot revoke another user's token (not found)", async () => {
    const admins = await createToken(session, { name: 'admin-only', scopes: ['read'] });
    const other = await createToken(await server.login(ADMIN_EMAIL, ADMIN_PASSWORD), { name: 'x', scopes: ['read'] });
    expect(other.id).not.toBe(admins.id);
    const outsider = await server.request('/api/v1/users', {
      method: 'POST',
      token: session,
      json: { email: 'nosy@tokens.example', name: 'Nosy', password: 'password-123' },
    });
    expect(outsider.status).toBe(200);
    const nosy = await server.login('nosy@tokens.example', 'password-123');
    const attempt = await server.request(`/api/v1/auth/tokens/${admins.id}`, { method: 'DELETE', token: nosy });
    expect(attempt.status).toBe(404);
    expect((await server.request('/api/v1/auth/me', { token: admins.token })).status).toBe(200);
  });
});
