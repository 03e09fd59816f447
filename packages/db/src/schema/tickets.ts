import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { actorKind } from './actors.ts';
import { createdAt, id, timestamps, timestampTz } from './columns.ts';
import { departments } from './departments.ts';
import { projects } from './projects.ts';
import { users } from './users.ts';

export const ticketStatuses = ['open', 'in_progress', 'blocked', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const ticketStatus = pgEnum('ticket_status', ticketStatuses);

// Declared in rank order, so sorting by the enum sorts by urgency.
export const ticketPriorities = ['low', 'medium', 'high', 'critical'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];
export const ticketPriority = pgEnum('ticket_priority', ticketPriorities);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    key: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    status: ticketStatus().notNull().default('open'),
    priority: ticketPriority().notNull().default('medium'),
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    dueDate: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    ...timestamps(),
    closedAt: timestampTz(),
    // The first time it went in progress: where cycle time starts (reports).
    startedAt: timestampTz(),
    // Whether anyone is assigned: kept by a trigger on ticket_assignees (migration 0010), so that
    // "unassigned" is a column test rather than a lookup per ticket.
    assigned: boolean().notNull().default(false),
    // Who is assigned and which labels it has, kept by the same triggers (migration 0013) from
    // ticket_assignees and ticket_labels: reports break tickets down by them from one index.
    assigneeIds: uuid().array().notNull().default(sql`'{}'`),
    labels: text().array().notNull().default(sql`'{}'`),
    deletedAt: timestampTz(),
    // SLA clocks (core/sla), kept in the write transaction from the project's policy. Due and warning
    // times are null where no target applies; while the clocks stand still (blocked, closed) they
    // keep their last values. The SLA job sets a warned or breached flag once, with its event.
    firstRespondedAt: timestampTz(),
    // Since when the clocks stand still (blocked or closed); null while they run.
    slaPausedAt: timestampTz(),
    // The pauses so far, as [from, to] ISO instants: counted in clock time under whichever policy
    // applies when a due time is computed (a policy with business hours counts only their part).
    slaPauses: jsonb().$type<[string, string][]>().notNull().default([]),
    firstResponseDueAt: timestampTz(),
    firstResponseWarnAt: timestampTz(),
    firstResponseWarned: boolean().notNull().default(false),
    firstResponseBreached: boolean().notNull().default(false),
    resolutionDueAt: timestampTz(),
    resolutionWarnAt: timestampTz(),
    resolutionWarned: boolean().notNull().default(false),
    resolutionBreached: boolean().notNull().default(false),
    // The next time the SLA job has something to say about this ticket: what its index finds.
    slaNextAt: timestampTz().generatedAlwaysAs(
      (): SQL =>
        sql`case when ${tickets.slaPausedAt} is null then least(case when ${tickets.firstRespondedAt} is null then least(case when not ${tickets.firstResponseWarned} then ${tickets.firstResponseWarnAt} end, case when not ${tickets.firstResponseBreached} then ${tickets.firstResponseDueAt} end) end, case when ${tickets.closedAt} is null then least(case when not ${tickets.resolutionWarned} then ${tickets.resolutionWarnAt} end, case when not ${tickets.resolutionBreached} then ${tickets.resolutionDueAt} end) end) end`,
    ),
    // Key and title weigh more than the description in ranking; 'simple' keeps identifiers intact.
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('simple', ${tickets.key} || ' ' || ${tickets.title}), 'A') || setweight(to_tsvector('simple', ${tickets.description}), 'B')`,
      ),
  },
  (t) => [
    uniqueIndex('tickets_project_number_key').on(t.projectId, t.number),
    uniqueIndex('tickets_key_key').on(t.key),
    // Partial like the list indexes: it then answers both `search @@ …` and `deleted_at is null`.
    index('tickets_search_idx').using('gin', t.search).where(sql`${t.deletedAt} is null`),
    // The list sorts, each within a project and over live tickets only.
    // Across projects (an admin's view, and the recent matches that relevance ranks).
    index('tickets_updated_idx').on(t.updatedAt, t.id).where(sql`${t.deletedAt} is null`),
    // Oldest first across projects: an admin's list by creation, the CSV export. Reports count the
    // tickets created in a period from this index alone (no table access), hence the trailing columns.
    index('tickets_created_idx')
      .on(
        t.createdAt,
        t.id,
        t.projectId,
        t.status,
        t.priority,
        t.departmentId,
        t.reporterId,
        t.assigned,
        t.assigneeIds,
        t.labels,
      )
      .where(sql`${t.deletedAt} is null`),
    // Not closed, oldest first: the dashboard's oldest open tickets and the aging report, index only.
    index('tickets_open_created_idx')
      .on(t.createdAt, t.id, t.projectId, t.status)
      .where(sql`${t.deletedAt} is null and ${t.status} <> 'closed'`),
    index('tickets_project_updated_idx').on(t.projectId, t.updatedAt, t.id).where(sql`${t.deletedAt} is null`),
    index('tickets_project_created_idx').on(t.projectId, t.createdAt, t.id).where(sql`${t.deletedAt} is null`),
    index('tickets_project_status_updated_idx')
      .on(t.projectId, t.status, t.updatedAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('tickets_project_priority_idx').on(t.projectId, t.priority, t.id).where(sql`${t.deletedAt} is null`),
    index('tickets_project_due_idx')
      .on(t.projectId, sql`coalesce(${t.dueDate}, 'infinity'::date)`, t.id)
      .where(sql`${t.deletedAt} is null`),
    // Reports: what was resolved when, with what cycle time needs (index only).
    index('tickets_closed_idx')
      .on(t.closedAt, t.projectId, t.status, t.priority, t.createdAt, t.startedAt)
      .where(sql`${t.deletedAt} is null and ${t.closedAt} is not null`),
    index('tickets_sla_next_idx').on(t.slaNextAt).where(sql`${t.slaNextAt} is not null and ${t.deletedAt} is null`),
    // The dashboard's count of open tickets with a missed target (few, so small).
    index('tickets_sla_breached_idx')
      .on(t.projectId)
      .where(
        sql`${t.deletedAt} is null and ${t.closedAt} is null and (${t.firstResponseBreached} or ${t.resolutionBreached})`,
      ),
    index('tickets_reporter_idx').on(t.reporterId),
    index('tickets_department_idx').on(t.departmentId),
  ],
);

export const ticketAssignees = pgTable(
  'ticket_assignees',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] }), index('ticket_assignees_user_idx').on(t.userId, t.ticketId)],
);

export const ticketLabels = pgTable(
  'ticket_labels',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    label: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.label] }), index('ticket_labels_label_idx').on(t.label, t.ticketId)],
);

export const ticketWatchers = pgTable(
  'ticket_watchers',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] }), index('ticket_watchers_user_idx').on(t.userId)],
);

export const comments = pgTable(
  'comments',
  {
    id: id(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    // Written by an automation rule (authored in its owner's name): not the owner's own activity.
    automated: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index('comments_ticket_created_idx').on(t.ticketId, t.createdAt, t.id),
    index('comments_created_idx').on(t.createdAt, t.ticketId, t.authorId),
  ],
);

export const historyActions = [
  'created',
  'updated',
  'transitioned',
  'assigned',
  'unassigned',
  'labeled',
  'unlabeled',
  'comment_added',
  'comment_edited',
  'comment_deleted',
  'deleted',
  'restored',
  'attachment_added',
  'attachment_deleted',
] as const;
export type HistoryAction = (typeof historyActions)[number];
export const historyAction = pgEnum('history_action', historyActions);

/** One row per change, written in the transaction that made it. */
export const ticketHistory = pgTable(
  'ticket_history',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    // Null when the system or an automation rule made the change (actorKind says which).
    actorId: uuid().references(() => users.id),
    actorKind: actorKind().notNull().default('user'),
    action: historyAction().notNull(),
    field: text(),
    oldValue: jsonb(),
    newValue: jsonb(),
    // The ticket version this change produced; a stale writer is told which fields moved since.
    version: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('ticket_history_ticket_idx').on(t.ticketId, t.id),
    // User activity reads the transitions of a period's first and last partial day from here.
    index('ticket_history_transitions_idx')
      .on(t.createdAt, t.ticketId, t.actorId)
      .where(sql`${t.action} = 'transitioned'`),
  ],
);

/**
 * Every ticket column but those kept for indexes and never read back: the search vector, and the
 * assignee and label arrays (a ticket's assignees and labels are read from their tables), and the
 * SLA job's next time.
 */
export const {
  search: _search,
  assigneeIds: _assigneeIds,
  labels: _labels,
  slaNextAt: _slaNextAt,
  ...ticketColumns
} = getTableColumns(tickets);
export type TicketRow = Omit<typeof tickets.$inferSelect, 'search' | 'assigneeIds' | 'labels' | 'slaNextAt'>;
export type CommentRow = typeof comments.$inferSelect;
export type TicketHistoryRow = typeof ticketHistory.$inferSelect;
