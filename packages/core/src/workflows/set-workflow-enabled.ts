import { workflows } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { firstRunAt } from './next-run-at.ts';
import { definitionSchema, type Workflow } from './schemas.ts';
import { toWorkflow, workflowAccess } from './workflow-access.ts';

/** Turns a rule on or off; not an edit of what it does, so no new version. */
export async function setWorkflowEnabled(
  deps: Deps,
  actor: Actor,
  input: { id: string },
  enabled: boolean,
): Promise<Workflow> {
  await deps.db.transaction(async (tx) => {
    // Locked first: an edit meanwhile would change the schedule this computes the next run of.
    await tx.select({ id: workflows.id }).from(workflows).where(eq(workflows.id, input.id)).for('update');
    const row = await workflowAccess(tx, actor, input.id);
    // Whoever turns a rule on answers for it (it acts with their permissions), from a clean slate; a
    // schedule counts from then. Off, it is due never.
    const nextRunAt = firstRunAt(definitionSchema.parse(row.workflow.definition), enabled);
    const change = enabled ? { enabled, ownerId: actor.userId, failures: 0, nextRunAt } : { enabled, nextRunAt };
    await tx.update(workflows).set(change).where(eq(workflows.id, input.id));
  });
  return toWorkflow(await workflowAccess(deps.db, actor, input.id));
}
