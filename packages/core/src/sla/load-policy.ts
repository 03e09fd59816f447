import type { Executor } from '@ticketing/db/client';
import { preparedQuery } from '@ticketing/db/per-database';
import { projectCounters, slaPolicies } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { type SlaPolicyDefinition, slaPolicySchema } from './schemas.ts';

const preparedPolicy = preparedQuery((executor) =>
  executor
    .select({ policy: slaPolicies.policy })
    .from(slaPolicies)
    .where(eq(slaPolicies.projectId, sql.placeholder('projectId')))
    .prepare('sla_policy'),
);

const preparedPolicyVersion = preparedQuery((executor) =>
  executor
    .select({ policy: slaPolicies.policy, version: projectCounters.slaVersion })
    .from(projectCounters)
    .leftJoin(slaPolicies, eq(slaPolicies.projectId, projectCounters.projectId))
    .where(eq(projectCounters.projectId, sql.placeholder('projectId')))
    .prepare('sla_policy_version'),
);

/** A project's SLA policy, or null when it has none (its tickets then have no clocks). */
export async function loadSlaPolicy(db: Executor, projectId: string): Promise<SlaPolicyDefinition | null> {
  const [row] = await preparedPolicy(db).execute({ projectId });
  return row ? slaPolicySchema.parse(row.policy) : null;
}

/**
 * The policy with the version its project's counter row carries (bumped by every change of it), read
 * without a lock: a create compares it with the version it sees under the counter's lock.
 */
export async function loadSlaPolicyVersion(
  db: Executor,
  projectId: string,
): Promise<{ policy: SlaPolicyDefinition | null; version: number }> {
  const [row] = await preparedPolicyVersion(db).execute({ projectId });
  return { policy: row?.policy ? slaPolicySchema.parse(row.policy) : null, version: row?.version ?? 0 };
}
