import { bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

// One row per failed login, keyed by "email:<address>" and "ip:<address>". Kept in the database
// so that throttling holds across every server process sharing it.
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    key: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_failures_key_created_idx').on(t.key, t.createdAt)],
);
