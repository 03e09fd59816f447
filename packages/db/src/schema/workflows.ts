import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamps } from './columns.ts';
import { projects } from './projects.ts';
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
    ...timestamps(),
  },
  (t) => [index('workflows_project_idx').on(t.projectId)],
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
