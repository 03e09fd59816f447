import type { SlaPolicyDefinition } from '@ticketing/core/sla/schemas';
import { slaPolicySchema } from '@ticketing/core/sla/schemas';
import type postgres from 'postgres';
import { prepared } from './rows.ts';
import { SLA_POLICY } from './statements.ts';

/** The project's SLA policy (null: none), read and checked as core's loadSlaPolicy does. */
export async function loadSlaPolicy(
  tx: postgres.TransactionSql,
  projectId: string,
): Promise<SlaPolicyDefinition | null> {
  const [row] = await tx.unsafe<{ policy: unknown }[]>(SLA_POLICY, [projectId], prepared);
  return row ? slaPolicySchema.parse(row.policy) : null;
}
