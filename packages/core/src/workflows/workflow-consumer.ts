import { workflows } from '@ticketing/db/schema';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { EventConsumer } from '../events/consume.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { runWorkflowJob } from './run-workflow-job.ts';
import { definitionSchema } from './schemas.ts';
import { triggerMatches } from './trigger-matches.ts';

/**
 * Turns the event log into rule runs: for each ticket event and each enabled rule of its project (or
 * global) whose trigger it matches, one job, written in the batch's transaction. Runs happen after
 * the change committed, never inside it; the job's key (rule, version, event) makes it one run each.
 */
export const workflowConsumer: EventConsumer = {
  name: 'workflows',
  from: 'now',
  async handle(tx, batch) {
    const ticketEvents = batch.filter((event) => event.ticketId && event.projectId);
    const projectIds = [...new Set(ticketEvents.flatMap((event) => (event.projectId ? [event.projectId] : [])))];
    if (projectIds.length === 0) return;
    const rules = (
      await tx
        .select({
          id: workflows.id,
          projectId: workflows.projectId,
          version: workflows.version,
          definition: workflows.definition,
          updatedAt: workflows.updatedAt,
        })
        .from(workflows)
        .where(
          and(eq(workflows.enabled, true), or(isNull(workflows.projectId), inArray(workflows.projectId, projectIds))),
        )
    ).map((rule) => ({ ...rule, definition: definitionSchema.parse(rule.definition) }));
    for (const event of ticketEvents) {
      for (const rule of rules) {
        if (rule.projectId !== null && rule.projectId !== event.projectId) continue;
        // A rule acts on what happens once it is on, as it is then: not on a backlog of older events.
        if (event.createdAt < rule.updatedAt) continue;
        if (!triggerMatches(rule, event)) continue;
        await enqueueJob(
          tx,
          runWorkflowJob,
          { workflowId: rule.id, version: rule.version, eventId: event.id },
          { idempotencyKey: `${rule.id}:${rule.version}:${event.id}` },
        );
      }
    }
  },
};
