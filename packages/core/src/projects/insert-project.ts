import type { Executor } from '@ticketing/db/client';
import { type ProjectRow, projectCounters, projectMembers, projects } from '@ticketing/db/schema';
import type { AnyActor } from '../actor.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { DomainError } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';

export interface NewProject {
  key: string;
  name: string;
  description: string;
  leadId: string;
  /** Everyone who becomes a lead member (the named lead among them). */
  leads: readonly string[];
  /** The first ticket number (the default TSK project starts at 1001, as the prototype did). */
  firstTicketNumber: number;
}

/**
 * Inserts a project, its ticket counter and its lead members, with their events, in the caller's
 * transaction. Callers check who may; a taken key (in any letter case) is E_CONFLICT.
 */
export async function insertProject(tx: Executor, actor: AnyActor, input: NewProject): Promise<ProjectRow> {
  let project: ProjectRow | undefined;
  try {
    [project] = await tx
      .insert(projects)
      .values({ key: input.key, name: input.name, description: input.description, leadId: input.leadId })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('E_CONFLICT', `Project key ${input.key} is already taken`, { field: 'key' });
    }
    throw error;
  }
  if (!project) throw new Error('project insert returned no row');
  const projectId = project.id;
  await tx.insert(projectCounters).values({ projectId, nextNumber: input.firstTicketNumber });
  const leads = [...new Set(input.leads)];
  await tx.insert(projectMembers).values(leads.map((userId) => ({ projectId, userId, role: 'lead' as const })));
  await recordEvents(tx, actor, [
    { type: 'project.created', projectId, data: { key: project.key, name: project.name, leadId: project.leadId } },
    ...leads.map((userId) => ({
      type: 'member.added' as const,
      projectId,
      data: { key: project.key, userId, role: 'lead' as const },
    })),
  ]);
  return project;
}
