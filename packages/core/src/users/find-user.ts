import type { Executor } from '@ticketing/db/client';
import { type UserRow, users } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { notFound } from '../errors.ts';

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function getUserRow(db: Executor, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('User', { id });
  return row;
}
