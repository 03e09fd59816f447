import { boolean, date, integer, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ticketStatus } from './tickets.ts';

// Counts the reports read instead of scanning a million tickets. Triggers (migrations 0013, 0015)
// append a signed row per change to a table with no index (`…_deltas`), so that concurrent writers
// never wait on a shared counter row or a hot index page; every 30 s a job folds the deltas into the
// counts, one row per key. A count is sum(n) over both (core/reports/rollup-source.ts).

const ticketCountColumns = () => ({
  projectId: uuid().notNull(),
  status: ticketStatus().notNull(),
  assigned: boolean().notNull(),
  // Whether it has a due date: the overdue count is those not closed, less those due from today on.
  hasDue: boolean().notNull(),
  n: integer().notNull(),
});
/** Live tickets by project, status, whether anyone is assigned and whether it has a due date. */
export const ticketCounts = pgTable('ticket_counts', ticketCountColumns(), (t) => [
  uniqueIndex('ticket_counts_key').on(t.projectId, t.status, t.assigned, t.hasDue),
]);
export const ticketCountDeltas = pgTable('ticket_count_deltas', ticketCountColumns());

const openDueColumns = () => ({
  projectId: uuid().notNull(),
  dueDate: date({ mode: 'string' }).notNull(),
  n: integer().notNull(),
});
/** Live tickets not closed, by project and due date (the dashboard's overdue count). */
export const openDueCounts = pgTable('open_due_counts', openDueColumns(), (t) => [
  uniqueIndex('open_due_counts_key').on(t.dueDate, t.projectId),
]);
export const openDueDeltas = pgTable('open_due_deltas', openDueColumns());

const flowColumns = () => ({
  projectId: uuid().notNull(),
  hour: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  created: integer().notNull(),
  closed: integer().notNull(),
});
/** Live tickets by project and UTC hour: created in it, and closed in it (their current closing time). */
export const ticketFlowCounts = pgTable('ticket_flow_counts', flowColumns(), (t) => [
  uniqueIndex('ticket_flow_counts_key').on(t.hour, t.projectId),
]);
export const ticketFlowDeltas = pgTable('ticket_flow_deltas', flowColumns());

const activityColumns = () => ({
  projectId: uuid().notNull(),
  day: date({ mode: 'string' }).notNull(),
  userId: uuid().notNull(),
  transitions: integer().notNull(),
  closed: integer().notNull(),
  comments: integer().notNull(),
});
/** On live tickets, per UTC day: each person's transitions, of them to closed, and comments. */
export const activityCounts = pgTable('activity_counts', activityColumns(), (t) => [
  uniqueIndex('activity_counts_key').on(t.day, t.projectId, t.userId),
]);
export const activityDeltas = pgTable('activity_deltas', activityColumns());
