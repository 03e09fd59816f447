import { type ProjectRow, projectMembers, projects } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { EventData, NewEvent } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
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
    const { project } = access;
    const ref = { projectId: project.id };
    const events: NewEvent[] = [];
    const patch: Partial<ProjectRow> = {};
    const changed: EventData<'project.updated'>['changes'] = {};
    for (const field of ['name', 'description', 'leadId'] as const) {
      const value = input[field];
      if (value !== undefined && value !== project[field]) {
        Object.assign(patch, { [field]: value });
        Object.assign(changed, { [field]: { old: project[field], new: value } });
      }
    }
    if (input.leadId !== undefined && patch.leadId !== undefined) {
      await assertActiveUser(tx, input.leadId, 'leadId');
      // A lead must be in the project; making someone lead makes them a lead member.
      const [membership] = await tx
        .select({ role: projectMembers.role })
        .from(projectMembers)
        .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, input.leadId)))
        .for('update');
      await tx
        .insert(projectMembers)
        .values({ projectId: project.id, userId: input.leadId, role: 'lead' })
        .onConflictDoUpdate({ target: [projectMembers.projectId, projectMembers.userId], set: { role: 'lead' } });
      const member = { key: project.key, userId: input.leadId };
      if (!membership) events.push({ type: 'member.added', ...ref, data: { ...member, role: 'lead' } });
      else if (membership.role !== 'lead') {
        events.push({ type: 'member.updated', ...ref, data: { ...member, from: membership.role, to: 'lead' } });
      }
    }
    if (Object.keys(changed).length > 0) {
      events.unshift({ type: 'project.updated', ...ref, data: { key: project.key, changes: changed } });
    }
    if (input.archived !== undefined && input.archived !== project.archived) {
      patch.archived = input.archived;
      events.push({
        type: input.archived ? 'project.archived' : 'project.unarchived',
        ...ref,
        data: { key: project.key },
      });
    }
    if (Object.keys(patch).length === 0) return toProject(project, access.myRole, actor);
    const [row] = await tx.update(projects).set(patch).where(eq(projects.id, project.id)).returning();
    if (!row) throw new Error('project update returned no row');
    await recordEvents(tx, actor, events);
    return toProject(row, input.leadId === actor.userId ? 'lead' : access.myRole, actor);
  });
}
