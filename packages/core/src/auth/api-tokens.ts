import { type ApiTokenRow, apiTokens } from '@ticketing/db/schema';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { forbidden, notFound } from '../errors.ts';
import { API_TOKEN_PREFIX, type ApiToken, type CreateApiTokenInput } from './api-token-schemas.ts';
import { generateSecret, hashSecret } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const toApiToken = (row: ApiTokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes,
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  createdAt: row.createdAt,
});

/** Tokens are minted from a signed-in session, never by another token. */
function assertSession(actor: Actor): void {
  if (actor.via.kind !== 'session') throw forbidden('API tokens are managed from a signed-in session');
}

export async function createApiToken(
  deps: Deps,
  actor: Actor,
  input: CreateApiTokenInput,
): Promise<ApiToken & { token: string }> {
  assertSession(actor);
  const token = `${API_TOKEN_PREFIX}${generateSecret()}`;
  const [row] = await deps.db
    .insert(apiTokens)
    .values({
      userId: actor.userId,
      name: input.name,
      tokenHash: hashSecret(token),
      scopes: input.scopes,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
    })
    .returning();
  if (!row) throw new Error('token insert returned no row');
  return { ...toApiToken(row), token };
}

/** The actor's live tokens (revoked ones are gone from the list; expired ones stay until revoked). */
export async function listApiTokens(deps: Deps, actor: Actor): Promise<ApiToken[]> {
  const rows = await deps.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

export async function revokeApiToken(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  const revoked = await deps.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw notFound('API token', { id: input.id });
}
