import { workflows, workflowVersions } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { invalid } from '../errors.ts';
import { assertCan } from '../permissions.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { firstRunAt } from './next-run-at.ts';
import { type CreateWorkflowInput, cannotRun, type Workflow } from './schemas.ts';
import { toWorkflow, workflowAccess } from './workflow-access.ts';

/** A rule of one project (its lead, a manager in it, an admin) or a global one (admins), as version 1. */
export async function createWorkflow(deps: Deps, actor: Actor, input: CreateWorkflowInput): Promise<Workflow> {
  const { name, projectKey, enabled, ...definition } = input;
  const impossible = cannotRun(definition);
  if (impossible) throw invalid(impossible.field, impossible.message);
  let projectId: string | null = null;
  if (projectKey) {
    const access = await projectAccess(deps.db, actor, projectKey);
    assertProjectCan(access, 'project:manage');
    projectId = access.project.id;
  } else assertCan(actor, 'workflows:global');
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workflows)
      .values({
        projectId,
        ownerId: actor.userId,
        name,
        enabled,
        definition,
        nextRunAt: firstRunAt(definition, enabled),
      })
      .returning({ id: workflows.id });
    if (!row) throw new Error('workflow insert returned no row');
    await tx
      .insert(workflowVersions)
      .values({ workflowId: row.id, version: 1, name, definition, editorId: actor.userId });
    return row.id;
  });
  return toWorkflow(await workflowAccess(deps.db, actor, id));
}
