import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { Workflow } from './schemas.ts';
import { toWorkflow, workflowAccess } from './workflow-access.ts';

export async function getWorkflow(deps: Deps, actor: Actor, input: { id: string }): Promise<Workflow> {
  return toWorkflow(await workflowAccess(deps.db, actor, input.id));
}
