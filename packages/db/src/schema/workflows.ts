import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, timestamps, timestampTz } from './columns.ts';
import { events } from './events.ts';
import { projects } from './projects.ts';
import { tickets } from './tickets.ts';
import { users } from './users.ts';

/**
 * An automation rule: a trigger, conditions (a query) and actions, kept as its current definition.
 * Every edit makes a new version (`workflow_versions`); a run records the version it ran.
 */
export const workflows = pgTable(
  'workflows',
  {
    id: id(),
    // Null: a global rule (admins), over every project.
    projectId: uuid().references(() => projects.id, { onDelete: 'cascade' }),
    // Whose permissions its actions run with.
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    enabled: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    /** { trigger, conditions, actions, allowRuleTrigger }, as core/workflows/schemas.ts defines it. */
    definition: jsonb().notNull(),
    // Runs that failed in a row; at 10 the rule is turned off and its owner told.
    failures: integer().notNull().default(0),
    // A scheduled rule's next run (null: not scheduled, or off); the scheduler claims due rules by it.
    nextRunAt: timestampTz(),
    ...timestamps(),
  },
  (t) => [
    index('workflows_project_idx').on(t.projectId),
    index('workflows_next_run_idx').on(t.nextRunAt).where(sql`${t.nextRunAt} is not null`),
  ],
);

export const workflowVersions = pgTable(
  'workflow_versions',
  {
    workflowId: uuid()
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    name: text().notNull(),
    definition: jsonb().notNull(),
    editorId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workflowId, t.version] })],
);

export type WorkflowRow = typeof workflows.$inferSelect;

export const workflowRunOutcomes = ['done', 'not_matched', 'failed', 'loop_aborted'] as const;
export type WorkflowRunOutcome = (typeof workflowRunOutcomes)[number];

/**
 * One run of a rule version on one event: whether it matched and why, what each action did (before
 * and after), the outcome. Unique per (rule, version, event): a retried job finds its run and stops.
 */
export const workflowRuns = pgTable(
  'workflow_runs',
  {
    id: id(),
    workflowId: uuid()
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    eventId: bigint({ mode: 'number' }).references(() => events.id),
    // A scheduled run: the time it was due (with the ticket, its key instead of the event's).
    scheduledAt: timestampTz(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'cascade' }),
    depth: integer().notNull(),
    outcome: text().$type<WorkflowRunOutcome>().notNull(),
    reason: text(),
    actions: jsonb().notNull(),
    error: text(),
    durationMs: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('workflow_runs_event_key').on(t.workflowId, t.version, t.eventId),
    uniqueIndex('workflow_runs_schedule_key')
      .on(t.workflowId, t.version, t.scheduledAt, t.ticketId)
      .where(sql`${t.scheduledAt} is not null`),
    index('workflow_runs_workflow_idx').on(t.workflowId, t.createdAt),
  ],
);

export type WorkflowRunRow = typeof workflowRuns.$inferSelect;
