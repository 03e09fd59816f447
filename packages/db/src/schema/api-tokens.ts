import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './columns.ts';
import { users } from './users.ts';

export const apiTokenScopes = ['read', 'write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    // SHA-256 (hex) of the secret; the secret is shown once at creation.
    tokenHash: text().notNull().unique(),
    scopes: text().array().$type<ApiTokenScope[]>().notNull(),
    expiresAt: timestampTz(),
    lastUsedAt: timestampTz(),
    revokedAt: timestampTz(),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;
