import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import { assertActiveUser } from '../users/assert-active-user.ts';
import { insertProject } from './insert-project.ts';
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
    const project = await insertProject(tx, actor, {
      ...input,
      leadId,
      leads: [actor.userId, leadId],
      firstTicketNumber: options.firstTicketNumber ?? 1,
    });
    return toProject(project, 'lead', actor);
  });
}
