import { workflows } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { workflowAccess } from './workflow-access.ts';

/** Deletes a rule and its versions. */
export async function deleteWorkflow(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  await workflowAccess(deps.db, actor, input.id);
  await deps.db.delete(workflows).where(eq(workflows.id, input.id));
}
