import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestampTz } from './columns.ts';

/**
 * Login attempts per "email:<address>" and "ip:<address>" in a fixed window that starts with the
 * first attempt. An attempt is counted here before its password is checked, in one upsert, so that
 * concurrent attempts (from any number of server processes) can never check more than the limit.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  windowStart: timestampTz().notNull(),
  attempts: integer().notNull(),
});
