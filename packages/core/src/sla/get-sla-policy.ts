import { slaPolicies } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { type SlaPolicy, slaPolicySchema } from './schemas.ts';

/** A project's SLA policy: anyone who sees the project may read it. */
export async function getSlaPolicy(deps: Deps, actor: Actor, input: { projectKey: string }): Promise<SlaPolicy> {
  const access = await projectAccess(deps.db, actor, input.projectKey);
  assertProjectCan(access, 'project:read');
  const [row] = await deps.db
    .select({ policy: slaPolicies.policy, updatedAt: slaPolicies.updatedAt })
    .from(slaPolicies)
    .where(eq(slaPolicies.projectId, access.project.id));
  return {
    projectKey: access.project.key,
    policy: row ? slaPolicySchema.parse(row.policy) : null,
    updatedAt: row?.updatedAt ?? null,
  };
}
