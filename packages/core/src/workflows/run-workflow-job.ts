import { events, users, workflows, workflowVersions } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { recordRun, runFailed, runOnTicket } from './run-on-ticket.ts';
import { definitionSchema } from './schemas.ts';
import { MAX_CHAIN_DEPTH, ruleOrigin } from './trigger-matches.ts';

const payload = z.object({ workflowId: z.uuid(), version: z.number().int().min(1), eventId: z.number().int() });
type Payload = z.infer<typeof payload>;

/**
 * One run of a rule version on one event, after the change committed (run-on-ticket.ts: claimed
 * first, in the transaction of its actions, so a retried job never acts twice).
 */
export async function runWorkflow(deps: Deps, { workflowId, version, eventId }: Payload): Promise<void> {
  const started = performance.now();
  const [found] = await deps.db
    .select({
      name: workflowVersions.name,
      definition: workflowVersions.definition,
      owner: { id: users.id, role: users.role, active: users.active },
      enabled: workflows.enabled,
    })
    .from(workflowVersions)
    .innerJoin(workflows, eq(workflows.id, workflowVersions.workflowId))
    .innerJoin(users, eq(users.id, workflows.ownerId))
    .where(and(eq(workflowVersions.workflowId, workflowId), eq(workflowVersions.version, version)));
  const [event] = await deps.db.select().from(events).where(eq(events.id, eventId));
  if (!found || !event?.ticketId || !event.projectId) return; // The rule was deleted meanwhile.
  const target = {
    rule: {
      id: workflowId,
      version,
      name: found.name,
      definition: definitionSchema.parse(found.definition),
      owner: found.owner,
    },
    ticketId: event.ticketId,
    projectId: event.projectId,
    cause: { eventId },
    depth: (ruleOrigin(event)?.depth ?? 0) + 1,
  };

  if (target.depth > MAX_CHAIN_DEPTH) {
    const reason = `A chain of rules reached depth ${MAX_CHAIN_DEPTH}`;
    await recordRun(deps.db, target, { outcome: 'loop_aborted', reason }, started);
    return;
  }
  if (!found.enabled) {
    await recordRun(
      deps.db,
      target,
      { outcome: 'not_matched', reason: 'The rule was turned off before it ran' },
      started,
    );
    return;
  }
  if (!found.owner.active) {
    await runFailed(deps, target, "The rule's owner is deactivated", started);
    return;
  }
  await runOnTicket(deps, target);
}

export const runWorkflowJob = defineJob({
  queue: 'workflows.run',
  payload,
  maxAttempts: 5,
  timeoutMs: 60_000,
  handle: (job, { deps }) => runWorkflow(deps, job),
});
