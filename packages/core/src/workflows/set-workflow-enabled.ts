import { workflows } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { Workflow } from './schemas.ts';
import { toWorkflow, workflowAccess } from './workflow-access.ts';

/** Turns a rule on or off; not an edit of what it does, so no new version. */
export async function setWorkflowEnabled(
  deps: Deps,
  actor: Actor,
  input: { id: string },
  enabled: boolean,
): Promise<Workflow> {
  await workflowAccess(deps.db, actor, input.id);
  // Whoever turns a rule on answers for it (it acts with their permissions), from a clean slate.
  const change = enabled ? { enabled, ownerId: actor.userId, failures: 0 } : { enabled };
  await deps.db.update(workflows).set(change).where(eq(workflows.id, input.id));
  return toWorkflow(await workflowAccess(deps.db, actor, input.id));
}
