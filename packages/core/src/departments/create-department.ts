import { departments } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertCan } from '../permissions.ts';
import type { CreateDepartmentInput, Department } from './schemas.ts';

export async function createDepartment(deps: Deps, actor: Actor, input: CreateDepartmentInput): Promise<Department> {
  assertCan(actor, 'departments:create');
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx.insert(departments).values({ name: input.name }).returning();
      if (!row) throw new Error('department insert returned no row');
      await recordEvents(tx, actor, [{ type: 'department.created', data: { departmentId: row.id, name: row.name } }]);
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('E_CONFLICT', 'A department with this name already exists', { field: 'name' });
    }
    throw error;
  }
}
