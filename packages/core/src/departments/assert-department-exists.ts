import type { Executor } from '@ticketing/db/client';
import { departments } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { DomainError } from '../errors.ts';

export async function assertDepartmentExists(db: Executor, id: string): Promise<void> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!row) {
    throw new DomainError('E_VALIDATION', 'Unknown department', { fields: { departmentId: ['Unknown department'] } });
  }
}
