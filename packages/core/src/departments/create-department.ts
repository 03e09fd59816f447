import { departments } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { assertCan } from '../permissions.ts';
import type { CreateDepartmentInput, Department } from './schemas.ts';

export async function createDepartment(deps: Deps, actor: Actor, input: CreateDepartmentInput): Promise<Department> {
  assertCan(actor, 'departments:create');
  try {
    const [row] = await deps.db.insert(departments).values({ name: input.name }).returning();
    if (!row) throw new Error('department insert returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('E_CONFLICT', 'A department with this name already exists', { field: 'name' });
    }
    throw error;
  }
}
