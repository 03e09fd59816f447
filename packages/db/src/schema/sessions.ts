import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, timestampTz } from './columns.ts';
import { users } from './users.ts';

// A session's id is the SHA-256 (hex) of the token the client holds; the token itself is never stored.
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestampTz().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestampTz().notNull().defaultNow(),
    userAgent: text(),
    ipAddress: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;
