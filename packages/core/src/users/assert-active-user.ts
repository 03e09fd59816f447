import type { Executor } from '@ticketing/db/client';
import { users } from '@ticketing/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../errors.ts';

/** Every id names an active user; otherwise E_VALIDATION on `field`, listing the unknown ids. */
export async function assertActiveUsers(db: Executor, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  const known = new Set(found.map((row) => row.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError('E_VALIDATION', `Unknown or inactive user: ${unknown.join(', ')}`, {
      fields: { [field]: [`Unknown or inactive user: ${unknown.join(', ')}`] },
      unknown,
    });
  }
}

export const assertActiveUser = (db: Executor, id: string, field: string) => assertActiveUsers(db, [id], field);
