import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { projects } from './projects.ts';
import { users } from './users.ts';

/**
 * A project's SLA policy: targets by priority and optional business hours, as core/sla/schemas.ts
 * defines them. One per project; tickets keep their clocks from it (tickets.first_response_due_at …).
 */
export const slaPolicies = pgTable('sla_policies', {
  projectId: uuid()
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  /** { targets, businessHours? } */
  policy: jsonb().notNull(),
  updatedBy: uuid()
    .notNull()
    .references(() => users.id),
  ...timestamps(),
});

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
