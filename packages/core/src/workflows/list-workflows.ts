import { projects, workflows } from '@ticketing/db/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { listWorkflowsInput, Workflow } from './schemas.ts';
import { canManage, toWorkflow, workflowsQuery, workflowsVisibleTo } from './workflow-access.ts';

/**
 * The rules the actor manages (those of projects they run; the global ones for admins), global ones
 * first, then by project and name. At most 500.
 */
export async function listWorkflows(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listWorkflowsInput>,
): Promise<Workflow[]> {
  const rows = await workflowsQuery(deps.db, actor)
    .where(
      and(
        workflowsVisibleTo(actor),
        input?.projectKey ? eq(sql`upper(${projects.key})`, input.projectKey.toUpperCase()) : undefined,
      ),
    )
    .orderBy(sql`${workflows.projectId} is not null`, asc(projects.key), asc(workflows.name), asc(workflows.id))
    .limit(500);
  return rows.filter((row) => canManage(actor, row)).map(toWorkflow);
}
