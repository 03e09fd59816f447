import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { departments } from './departments.ts';

export const roles = ['user', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];
export const userRole = pgEnum('user_role', roles);

export const users = pgTable(
  'users',
  {
    id: id(),
    // Stored as the user typed it; uniqueness and lookups go through lower(email).
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default('user'),
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_name_id_idx').on(t.name, t.id),
    index('users_department_idx').on(t.departmentId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
