import { apiTokens, users } from '@ticketing/db/schema';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { API_TOKEN_PREFIX } from './api-token-schemas.ts';
import type { CachedCredential } from './credential-cache.ts';
import { findSession, invalidateSession, sessionTouch, writeSessionTouch } from './sessions.ts';
import { hashSecret } from './tokens.ts';

// Last-used times are for people reading their token list; minute precision spares a write per request.
const LAST_USED_PRECISION_MS = 60 * 1000;

/** A token unknown, revoked, expired or whose owner is deactivated resolves to null. */
async function lookupApiToken(deps: Deps, tokenHash: string, now: number): Promise<CachedCredential | null> {
  const [row] = await deps.db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      role: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date(now))),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  return {
    actor: { userId: row.userId, role: row.role, via: { kind: 'token', tokenId: row.id, scopes: row.scopes } },
    expiresAt: row.expiresAt?.getTime() ?? null,
    stampedAt: row.lastUsedAt?.getTime() ?? 0,
  };
}

/** A session unknown, expired (deleted now) or whose user is deactivated resolves to null. */
async function lookupSession(deps: Deps, sessionId: string, now: number): Promise<CachedCredential | null> {
  const row = await findSession(deps.db, sessionId);
  if (!row?.user.active) return null;
  if (now >= row.session.expiresAt.getTime()) {
    await invalidateSession(deps.db, sessionId);
    return null;
  }
  return {
    actor: { userId: row.user.id, role: row.user.role, via: { kind: 'session', sessionId } },
    expiresAt: row.session.expiresAt.getTime(),
    stampedAt: row.session.lastUsedAt.getTime(),
  };
}

// Stamps leave the request's path: a failed one loses only a last-used time or an extension that the
// next use a minute later writes again.
const inBackground = (write: PromiseLike<unknown>) => {
  Promise.resolve(write).catch(() => {});
};

/**
 * Writes the credential's last-used time (and a session's sliding expiry) at most once a minute, in
 * the background. A token's very first use is written before the answer, so that a token list read
 * right after shows it used.
 */
async function stamp(deps: Deps, hash: string, credential: CachedCredential, now: number): Promise<void> {
  const { actor } = credential;
  if (actor.via.kind === 'token') {
    if (now - credential.stampedAt <= LAST_USED_PRECISION_MS) return;
    const firstUse = credential.stampedAt === 0;
    deps.credentials?.stamped(hash, now, credential.expiresAt);
    credential.stampedAt = now;
    const at = new Date(now);
    const write = deps.db
      .update(apiTokens)
      .set({ lastUsedAt: at })
      .where(and(eq(apiTokens.id, actor.via.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, at))));
    if (firstUse) await write;
    else inBackground(write);
    return;
  }
  if (actor.via.kind !== 'session' || credential.expiresAt === null) return;
  const patch = sessionTouch(
    { expiresAt: new Date(credential.expiresAt), lastUsedAt: new Date(credential.stampedAt) },
    now,
  );
  if (!patch) return;
  deps.credentials?.stamped(hash, now, patch.expiresAt.getTime());
  Object.assign(credential, { stampedAt: now, expiresAt: patch.expiresAt.getTime() });
  inBackground(writeSessionTouch(deps.db, actor.via.sessionId, patch));
}

/**
 * Resolves a presented credential (session token or API token) to the acting user as they are now,
 * or null. Lookups are cached per process (deps.credentials) and forgotten on every change.
 */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const now = Date.now();
  const hash = hashSecret(token);
  const cache = deps.credentials;
  let credential = cache?.get(hash, now);
  if (!credential) {
    const generation = cache?.generation() ?? 0;
    const found = token.startsWith(API_TOKEN_PREFIX)
      ? await lookupApiToken(deps, hash, now)
      : await lookupSession(deps, hash, now);
    if (!found) return null;
    cache?.set(hash, found, generation, now);
    credential = found;
  }
  await stamp(deps, hash, credential, now);
  return credential.actor;
}
