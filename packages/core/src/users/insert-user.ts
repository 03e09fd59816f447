import type { Executor } from '@ticketing/db/client';
import { type NewUserRow, type UserRow, users } from '@ticketing/db/schema';
import { isUniqueViolation } from '../db-errors.ts';
import { assertDepartmentExists } from '../departments/assert-department-exists.ts';
import { DomainError } from '../errors.ts';

/** Inserts a user; a taken email (in any letter case) is E_CONFLICT, an unknown department E_VALIDATION. */
export async function insertUser(db: Executor, values: NewUserRow): Promise<UserRow> {
  if (values.departmentId) await assertDepartmentExists(db, values.departmentId);
  try {
    const [row] = await db.insert(users).values(values).returning();
    if (!row) throw new Error('user insert returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('E_CONFLICT', 'A user with this email already exists', { field: 'email' });
    }
    throw error;
  }
}
