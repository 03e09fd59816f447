import { projects } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import { getUserRow } from '../users/find-user.ts';
import { createProject } from './create-project.ts';

export const DEFAULT_PROJECT_KEY = 'TSK';

/** A fresh install has the prototype's project TSK, numbering tickets from 1001, led by the first admin. */
export async function ensureDefaultProject(deps: Deps, adminId: string): Promise<void> {
  const [existing] = await deps.db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.key, DEFAULT_PROJECT_KEY));
  if (existing) return;
  const admin = await getUserRow(deps.db, adminId);
  await createProject(
    deps,
    { userId: admin.id, role: admin.role, via: { kind: 'session', sessionId: 'bootstrap' } },
    { key: DEFAULT_PROJECT_KEY, name: 'Tasks', description: 'The default project' },
    { firstTicketNumber: 1001 },
  );
}
