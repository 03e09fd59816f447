import type { Executor } from '@ticketing/db/client';
import { type ApiTokenRow, apiTokens, users } from '@ticketing/db/schema';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, forbidden, notFound, unauthenticated } from '../errors.ts';
import type { NewEvent } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { API_TOKEN_PREFIX, type ApiToken, type CreateApiTokenInput } from './api-token-schemas.ts';
import { forgetCredentials } from './credential-changes.ts';
import { generateSecret, hashSecret } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tokens are per script or integration; past this many, old ones are being forgotten, not used. */
export const MAX_ACTIVE_API_TOKENS = 50;

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

const live = (now: Date) =>
  and(isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)));

export async function createApiToken(
  deps: Deps,
  actor: Actor,
  input: CreateApiTokenInput,
): Promise<ApiToken & { token: string }> {
  assertSession(actor);
  const token = `${API_TOKEN_PREFIX}${generateSecret()}`;
  const now = new Date();
  return deps.db.transaction(async (tx) => {
    // The owner's row lock orders concurrent creations, so the cap holds under a burst too, and waits
    // for a deactivation in progress: a deactivated account never gains a token that would come
    // back with it.
    const [owner] = await tx
      .select({ active: users.active })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for('no key update');
    if (!owner?.active) throw unauthenticated('This account is deactivated');
    const active = await tx.$count(apiTokens, and(eq(apiTokens.userId, actor.userId), live(now)));
    if (active >= MAX_ACTIVE_API_TOKENS) {
      throw new DomainError(
        'E_CONFLICT',
        `You already have ${MAX_ACTIVE_API_TOKENS} active API tokens; revoke one before creating another`,
        { limit: MAX_ACTIVE_API_TOKENS },
      );
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.userId,
        name: input.name,
        tokenHash: hashSecret(token),
        scopes: input.scopes,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
      })
      .returning();
    if (!row) throw new Error('token insert returned no row');
    await recordEvents(tx, actor, [
      {
        type: 'token.created',
        data: {
          tokenId: row.id,
          userId: row.userId,
          name: row.name,
          scopes: row.scopes,
          expiresAt: row.expiresAt?.toISOString() ?? null,
        },
      },
    ]);
    return { ...toApiToken(row), token };
  });
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

const revokedEvents = (revoked: { id: string; userId: string; name: string }[]): NewEvent[] =>
  revoked.map((token) => ({
    type: 'token.revoked',
    data: { tokenId: token.id, userId: token.userId, name: token.name },
  }));

export async function revokeApiToken(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name });
    if (revoked.length === 0) throw notFound('API token', { id: input.id });
    await recordEvents(tx, actor, revokedEvents(revoked));
  });
  forgetCredentials(deps, actor.userId);
}

/** Revokes every token a user has: a deactivated account's tokens must stay dead if it is reactivated. */
export async function revokeAllApiTokens(tx: Executor, actor: Actor, userId: string): Promise<void> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name });
  await recordEvents(tx, actor, revokedEvents(revoked));
}
