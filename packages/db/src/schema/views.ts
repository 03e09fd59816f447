import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { projects } from './projects.ts';
import { users } from './users.ts';

/** A saved ticket list: a query in the query language, a sort, columns; personal or shared with a project. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: id(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Null: personal, seen by its owner only. Set: shared with everyone who can read the project.
    projectId: uuid().references(() => projects.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    query: text().notNull(),
    sort: text(),
    order: text(),
    columns: jsonb().$type<string[]>(),
    ...timestamps(),
  },
  (t) => [index('saved_views_owner_idx').on(t.ownerId), index('saved_views_project_idx').on(t.projectId)],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
