import { type EventRow, users, workflowRuns, workflows } from '@ticketing/db/schema';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { EventConsumer } from '../events/consume.ts';
import { enqueueJobs } from '../jobs/enqueue-jobs.ts';
import { runWorkflowJob } from './run-workflow-job.ts';
import { definitionSchema } from './schemas.ts';
import { notMatchedReason } from './ticket-matches.ts';
import { ticketsMatching } from './tickets-matching.ts';
import { MAX_CHAIN_DEPTH, ruleOrigin, triggerMatches } from './trigger-matches.ts';

/**
 * Turns the event log into rule runs, in the batch's transaction, after the change committed (never
 * inside it). For each enabled rule of an event's project (or global) whose trigger the event matches,
 * the rule's conditions are checked here, for all of the batch's tickets at once, as its owner sees
 * them: a ticket that does not match gets its `not_matched` run row at once, one that does gets a
 * job, which checks again when it runs. Most rules match few events, so most runs cost nothing more
 * than a row in one insert. The run's key (rule, version, event) makes it one run each.
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
          owner: { id: users.id, role: users.role, active: users.active },
        })
        .from(workflows)
        .innerJoin(users, eq(users.id, workflows.ownerId))
        .where(
          and(eq(workflows.enabled, true), or(isNull(workflows.projectId), inArray(workflows.projectId, projectIds))),
        )
    ).map((rule) => ({ ...rule, definition: definitionSchema.parse(rule.definition) }));

    const runs: { workflowId: string; version: number; eventId: number }[] = [];
    const notMatched: (typeof workflowRuns.$inferInsert)[] = [];
    for (const rule of rules) {
      const started = ticketEvents.filter(
        (event) =>
          (rule.projectId === null || rule.projectId === event.projectId) &&
          // A rule acts on what happens once it is on, as it is then: not on a backlog of older events.
          event.createdAt >= rule.updatedAt &&
          triggerMatches(rule, event),
      );
      if (started.length === 0) continue;
      const depthOf = (event: EventRow) => (ruleOrigin(event)?.depth ?? 0) + 1;
      // What the run itself decides and logs (a deactivated owner, a chain too deep) is left to it.
      const decidable = rule.owner.active ? started.filter((event) => depthOf(event) <= MAX_CHAIN_DEPTH) : [];
      const owner: Actor = {
        userId: rule.owner.id,
        role: rule.owner.role,
        // Only the owner's scope matters to the check; no run exists yet.
        via: { kind: 'automation', ruleId: rule.id, ruleName: '', runId: '', depth: 0 },
      };
      const matching = await ticketsMatching(
        tx,
        owner,
        [...new Set(decidable.map((event) => event.ticketId ?? ''))],
        rule.definition.conditions,
      );
      for (const event of started) {
        if (decidable.includes(event) && !matching.has(event.ticketId ?? '')) {
          notMatched.push({
            workflowId: rule.id,
            version: rule.version,
            eventId: event.id,
            ticketId: event.ticketId,
            depth: depthOf(event),
            outcome: 'not_matched',
            reason: notMatchedReason(rule.definition.conditions),
            actions: [],
            durationMs: 0,
          });
        } else runs.push({ workflowId: rule.id, version: rule.version, eventId: event.id });
      }
    }
    if (notMatched.length > 0) await tx.insert(workflowRuns).values(notMatched).onConflictDoNothing();
    await enqueueJobs(
      tx,
      runWorkflowJob,
      runs.map((run) => ({ payload: run, idempotencyKey: `${run.workflowId}:${run.version}:${run.eventId}` })),
    );
  },
};
