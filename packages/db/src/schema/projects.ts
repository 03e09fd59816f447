import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, timestamps } from './columns.ts';
import { users } from './users.ts';

export const projectRoles = ['viewer', 'member', 'lead'] as const;
export type ProjectRole = (typeof projectRoles)[number];
export const projectRole = pgEnum('project_role', projectRoles);

export const projects = pgTable(
  'projects',
  {
    id: id(),
    // Immutable once created: ticket keys embed it.
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    leadId: uuid().references(() => users.id, { onDelete: 'set null' }),
    archived: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('projects_key_upper_key').on(sql`upper(${t.key})`)],
);

export const projectMembers = pgTable(
  'project_members',
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: projectRole().notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index('project_members_user_idx').on(t.userId)],
);

/**
 * The next ticket number of each project, apart from the project row so that the hot counter
 * update locks nothing else. Incremented inside the creating transaction: numbers are gapless.
 */
export const projectCounters = pgTable('project_counters', {
  projectId: uuid()
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  nextNumber: integer().notNull().default(1),
  /**
   * Bumped by every SLA policy change, under this row's lock: a create that numbers its ticket here
   * learns whether the policy it computed the clocks with is still the project's.
   */
  slaVersion: integer().notNull().default(0),
});

/**
 * A created ticket is written with a provisional number (the negative of this sequence's next value)
 * and takes its real one from the counter as the transaction's last write, so the counter's lock is
 * held for as short a time as possible. It cycles within an integer: a provisional number only has to
 * differ from those of the transactions in flight.
 */
export const ticketProvisionalNumbers = pgSequence('ticket_provisional_numbers', {
  maxValue: 2147483647,
  cycle: true,
});

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectMemberRow = typeof projectMembers.$inferSelect;
