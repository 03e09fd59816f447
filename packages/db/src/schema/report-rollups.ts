import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ticketStatus } from './tickets.ts';

// Counts the reports read instead of scanning a million tickets. Triggers (migration 0013) append a
// signed row per change, never updating one in place, so concurrent writers in one project never wait
// on a shared counter; a recurring job folds the rows of each key into one (`folded`), visiting only
// the keys with rows appended since. A count is sum(n).

/** Live tickets by project, status, whether anyone is assigned and whether it has a due date. */
export const ticketCounts = pgTable(
  'ticket_counts',
  {
    projectId: uuid().notNull(),
    status: ticketStatus().notNull(),
    assigned: boolean().notNull(),
    // Whether it has a due date: the overdue count is those not closed, less those due from today on.
    hasDue: boolean().notNull(),
    n: integer().notNull(),
    folded: boolean().notNull().default(false),
  },
  (t) => [
    index('ticket_counts_project_idx').on(t.projectId),
    index('ticket_counts_appended_idx').on(t.projectId).where(sql`not ${t.folded}`),
  ],
);

/** Live tickets not closed, by project and due date (the dashboard's overdue count). */
export const openDueCounts = pgTable(
  'open_due_counts',
  {
    projectId: uuid().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    n: integer().notNull(),
    folded: boolean().notNull().default(false),
  },
  (t) => [
    index('open_due_counts_due_idx').on(t.dueDate, t.projectId),
    index('open_due_counts_appended_idx').on(t.dueDate).where(sql`not ${t.folded}`),
  ],
);

/** Live tickets by project and UTC hour: created in it, and closed in it (their current closing time). */
export const ticketFlowCounts = pgTable(
  'ticket_flow_counts',
  {
    projectId: uuid().notNull(),
    hour: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    created: integer().notNull(),
    closed: integer().notNull(),
    folded: boolean().notNull().default(false),
  },
  (t) => [
    index('ticket_flow_counts_hour_idx').on(t.hour, t.projectId),
    index('ticket_flow_counts_appended_idx').on(t.hour).where(sql`not ${t.folded}`),
  ],
);

/** On live tickets, per UTC day: each person's transitions, of them to closed, and comments. */
export const activityCounts = pgTable(
  'activity_counts',
  {
    projectId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    userId: uuid().notNull(),
    transitions: integer().notNull(),
    closed: integer().notNull(),
    comments: integer().notNull(),
    folded: boolean().notNull().default(false),
  },
  (t) => [
    index('activity_counts_day_idx').on(t.day, t.projectId, t.userId),
    index('activity_counts_appended_idx').on(t.day).where(sql`not ${t.folded}`),
  ],
);
