import { departments } from '@ticketing/db/schema';
import { asc } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import type { Department } from './schemas.ts';

export async function listDepartments(deps: Deps, actor: Actor): Promise<Department[]> {
  assertCan(actor, 'departments:read');
  return deps.db.select().from(departments).orderBy(asc(departments.name));
}
