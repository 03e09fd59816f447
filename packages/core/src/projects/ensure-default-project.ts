import type { Executor } from '@ticketing/db/client';
import { projects } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { SystemActor } from '../actor.ts';
import { insertProject } from './insert-project.ts';

export const DEFAULT_PROJECT_KEY = 'TSK';

/** A fresh install has the prototype's project TSK, numbering tickets from 1001, led by the first admin. */
export async function ensureDefaultProject(tx: Executor, actor: SystemActor, adminId: string): Promise<void> {
  const [existing] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.key, DEFAULT_PROJECT_KEY));
  if (existing) return;
  await insertProject(tx, actor, {
    key: DEFAULT_PROJECT_KEY,
    name: 'Tasks',
    description: 'The default project',
    leadId: adminId,
    leads: [adminId],
    firstTicketNumber: 1001,
  });
}
