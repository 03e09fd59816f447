import { apiTokens, users } from '@ticketing/db/schema';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { API_TOKEN_PREFIX } from './api-token-schemas.ts';
import { validateSessionToken } from './sessions.ts';
import { hashSecret } from './tokens.ts';

// Last-used times are for people reading their token list; minute precision spares a write per request.
const LAST_USED_PRECISION_MS = 60 * 1000;

/**
 * Resolves an API token to its owner as they are now (role, active flag), or null when the token is
 * unknown, revoked, expired or its owner deactivated.
 */
async function authenticateApiToken(deps: Deps, token: string): Promise<Actor | null> {
  const now = new Date();
  const [row] = await deps.db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      role: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecret(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await deps.db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now))));
  }
  return { userId: row.userId, role: row.role, via: { kind: 'token', tokenId: row.id, scopes: row.scopes } };
}

/** Resolves a presented credential to the acting user, or null when it is unknown, expired or revoked. */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  if (token.startsWith(API_TOKEN_PREFIX)) return authenticateApiToken(deps, token);
  const result = await validateSessionToken(deps.db, token);
  if (!result) return null;
  return { userId: result.user.id, role: result.user.role, via: { kind: 'session', sessionId: result.session.id } };
}
