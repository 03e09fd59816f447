import { projectCounters, projectMembers, projects } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { assertCan } from '../permissions.ts';
import { assertActiveUser } from '../users/assert-active-user.ts';
import type { CreateProjectInput, Project } from './schemas.ts';
import { toProject } from './to-project.ts';

export interface CreateProjectOptions {
  /** The first ticket number (the default TSK project starts at 1001, as the prototype did). */
  firstTicketNumber?: number;
}

/** Creates a project; the creator becomes its lead, and so does the named lead. */
export async function createProject(
  deps: Deps,
  actor: Actor,
  input: CreateProjectInput,
  options: CreateProjectOptions = {},
): Promise<Project> {
  assertCan(actor, 'projects:create');
  const leadId = input.leadId ?? actor.userId;
  return deps.db.transaction(async (tx) => {
    await assertActiveUser(tx, leadId, 'leadId');
    let project: typeof projects.$inferSelect | undefined;
    try {
      [project] = await tx
        .insert(projects)
        .values({ key: input.key, name: input.name, description: input.description, leadId })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('E_CONFLICT', `Project key ${input.key} is already taken`, { field: 'key' });
      }
      throw error;
    }
    if (!project) throw new Error('project insert returned no row');
    await tx.insert(projectCounters).values({ projectId: project.id, nextNumber: options.firstTicketNumber ?? 1 });
    const leads = [...new Set([actor.userId, leadId])];
    await tx
      .insert(projectMembers)
      .values(leads.map((userId) => ({ projectId: project.id, userId, role: 'lead' as const })));
    return toProject(project, 'lead');
  });
}
