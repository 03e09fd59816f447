import type { Actor } from '@ticketing/core/actor';
import { API_TOKEN_PREFIX } from '@ticketing/core/auth/api-token-schemas';
import { hashSecret } from '@ticketing/core/auth/tokens';
import type { ApiTokenScope, Role } from '@ticketing/db/schema';
import type postgres from 'postgres';
import { AUTHENTICATE, STAMP_LAST_USED } from './statements.ts';

interface TokenRow {
  tokenId: string;
  scopes: ApiTokenScope[];
  lastUsedAt: Date | null;
  userId: string;
  role: Role;
  name: string;
}

export interface Authenticated {
  actor: Actor;
  /** The person's name: a created ticket's reporter. */
  name: string;
}

// As core's authenticate: last-used times to the minute, so most requests write nothing.
const LAST_USED_PRECISION_MS = 60 * 1000;

/**
 * The owner of an API token as they are now, or null when the token is unknown, revoked, expired or
 * its owner deactivated: one prepared statement per request, read again every time (no cache), as
 * core's authenticate does. Session tokens are not served here: the bench authenticates with a token.
 */
export async function authenticate(sql: postgres.Sql, token: string): Promise<Authenticated | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const [row] = await sql.unsafe<TokenRow[]>(AUTHENTICATE, [hashSecret(token)], { prepare: true });
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    // Off the request's path, as a minimal server would do it; the statement's condition keeps the
    // stamp from going backwards when requests race.
    sql.unsafe(STAMP_LAST_USED, [row.tokenId, now], { prepare: true }).catch((error: unknown) => {
      console.error('last-used stamp failed', error);
    });
  }
  return {
    actor: { userId: row.userId, role: row.role, via: { kind: 'token', tokenId: row.tokenId, scopes: row.scopes } },
    name: row.name,
  };
}
