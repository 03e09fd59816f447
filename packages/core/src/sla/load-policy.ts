import type { Executor } from '@ticketing/db/client';
import { slaPolicies } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { type SlaPolicyDefinition, slaPolicySchema } from './schemas.ts';

/** A project's SLA policy, or null when it has none (its tickets then have no clocks). */
export async function loadSlaPolicy(db: Executor, projectId: string): Promise<SlaPolicyDefinition | null> {
  const [row] = await db
    .select({ policy: slaPolicies.policy })
    .from(slaPolicies)
    .where(eq(slaPolicies.projectId, projectId));
  return row ? slaPolicySchema.parse(row.policy) : null;
}
