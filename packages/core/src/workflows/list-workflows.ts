import { projects, workflows } from '@ticketing/db/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { listWorkflowsInput, Workflow } from './schemas.ts';
import { toWorkflow, workflowsManagedBy, workflowsQuery } from './workflow-access.ts';

/** The most one list returns. */
export const MAX_LISTED_WORKFLOWS = 500;

/**
 * The rules the actor manages (those of projects they run; the global ones for admins), global ones
 * first, then by project and name; at most 500. Only those in the query: the limit counts rules the
 * actor may see, never rules of projects they only read.
 */
export async function listWorkflows(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listWorkflowsInput>,
): Promise<Workflow[]> {
  const rows = await workflowsQuery(deps.db, actor)
    .where(
      and(
        workflowsManagedBy(actor),
        input?.projectKey ? eq(sql`upper(${projects.key})`, input.projectKey.toUpperCase()) : undefined,
      ),
    )
    .orderBy(sql`${workflows.projectId} is not null`, asc(projects.key), asc(workflows.name), asc(workflows.id))
    .limit(MAX_LISTED_WORKFLOWS);
  return rows.map(toWorkflow);
}
