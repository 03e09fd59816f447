import { projectMembers, projects } from '@ticketing/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { booleanParam } from '../query-params.ts';
import { membershipJoin, visibleTo } from './project-access.ts';
import type { Project } from './schemas.ts';
import { toProject } from './to-project.ts';

export const listProjectsInput = z.object({
  archived: booleanParam.optional().describe('Only archived (true) or only active (false) projects; both when absent'),
});

/** The projects the actor can see, by key: every project for an admin, else their memberships. */
export async function listProjects(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listProjectsInput>,
): Promise<Project[]> {
  const rows = await deps.db
    .select({ project: projects, myRole: projectMembers.role })
    .from(projects)
    .leftJoin(projectMembers, membershipJoin(actor))
    .where(and(visibleTo(actor), input.archived === undefined ? undefined : eq(projects.archived, input.archived)))
    .orderBy(asc(projects.key));
  return rows.map((row) => toProject(row.project, row.myRole, actor));
}
