import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';

export const departments = pgTable(
  'departments',
  {
    id: id(),
    name: text().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('departments_name_lower_key').on(sql`lower(${t.name})`)],
);

export type DepartmentRow = typeof departments.$inferSelect;
