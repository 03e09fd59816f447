import { type ProjectRow, projectMembers, projects } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertActiveUser } from '../users/assert-active-user.ts';
import { assertProjectCan, projectAccess } from './project-access.ts';
import type { Project, UpdateProjectInput } from './schemas.ts';
import { toProject } from './to-project.ts';

/** Name, description, lead and the archived flag: lead, manager or admin. The key never changes. */
export async function updateProject(
  deps: Deps,
  actor: Actor,
  input: UpdateProjectInput & { archived?: boolean },
): Promise<Project> {
  return deps.db.transaction(async (tx) => {
    const access = await projectAccess(tx, actor, input.key);
    assertProjectCan(access, 'project:manage');
    const patch: Partial<ProjectRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.description !== undefined) patch.description = input.description;
    if (input.archived !== undefined) patch.archived = input.archived;
    if (input.leadId !== undefined) {
      await assertActiveUser(tx, input.leadId, 'leadId');
      // A lead must be in the project; making someone lead makes them a lead member.
      await tx
        .insert(projectMembers)
        .values({ projectId: access.project.id, userId: input.leadId, role: 'lead' })
        .onConflictDoUpdate({ target: [projectMembers.projectId, projectMembers.userId], set: { role: 'lead' } });
      patch.leadId = input.leadId;
    }
    if (Object.keys(patch).length === 0) return toProject(access.project, access.myRole);
    const [row] = await tx.update(projects).set(patch).where(eq(projects.id, access.project.id)).returning();
    if (!row) throw new Error('project update returned no row');
    return toProject(row, input.leadId === actor.userId ? 'lead' : access.myRole);
  });
}
