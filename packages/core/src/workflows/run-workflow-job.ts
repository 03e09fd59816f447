import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable } from '@ticketing/db/errors';
import {
  events,
  tickets,
  users,
  type WorkflowRunOutcome,
  workflowRuns,
  workflows,
  workflowVersions,
} from '@ticketing/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { type ActionResult, applyAction } from './apply-action.ts';
import { definitionSchema } from './schemas.ts';
import { ticketMatches } from './ticket-matches.ts';
import { MAX_CHAIN_DEPTH, ruleOrigin } from './trigger-matches.ts';

/** Failed runs in a row after which a rule is turned off. */
export const MAX_FAILURES = 10;

const payload = z.object({ workflowId: z.uuid(), version: z.number().int().min(1), eventId: z.number().int() });
type Payload = z.infer<typeof payload>;

interface RunRecord {
  outcome: WorkflowRunOutcome;
  reason?: string;
  actions?: ActionResult[];
  error?: string;
}

/**
 * One run of a rule version on one event, after the change committed. The run row is written first,
 * in the transaction of the actions: a retried job finds it and does nothing (at least once, never an
 * action twice), and a run that fails leaves no half-done actions, only its row saying why.
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
  const { ticketId, projectId } = event;
  const definition = definitionSchema.parse(found.definition);
  const depth = (ruleOrigin(event)?.depth ?? 0) + 1;
  const runId = randomUUID();
  const record = (executor: Deps['db'], run: RunRecord) =>
    executor
      .insert(workflowRuns)
      .values({
        id: runId,
        workflowId,
        version,
        eventId,
        ticketId,
        depth,
        outcome: run.outcome,
        reason: run.reason ?? null,
        actions: run.actions ?? [],
        error: run.error ?? null,
        durationMs: Math.round(performance.now() - started),
      })
      .onConflictDoNothing()
      .returning({ id: workflowRuns.id });

  if (depth > MAX_CHAIN_DEPTH) {
    await record(deps.db, { outcome: 'loop_aborted', reason: `A chain of rules reached depth ${MAX_CHAIN_DEPTH}` });
    return;
  }
  if (!found.enabled) {
    await record(deps.db, { outcome: 'not_matched', reason: 'The rule was turned off before it ran' });
    return;
  }
  if (!found.owner.active) {
    await failed(
      deps,
      workflowId,
      await record(deps.db, { outcome: 'failed', error: "The rule's owner is deactivated" }),
    );
    return;
  }
  const actor: Actor = {
    userId: found.owner.id,
    role: found.owner.role,
    via: { kind: 'automation', ruleId: workflowId, ruleName: found.name, runId, depth },
  };
  try {
    await deps.db.transaction(async (tx) => {
      const [claimed] = await record(tx, { outcome: 'done' });
      if (!claimed) return; // Ran already.
      const inTx = { ...deps, db: tx };
      const matched = await ticketMatches(inTx, actor, ticketId, definition.conditions);
      if (!matched) {
        await tx
          .update(workflowRuns)
          .set({ outcome: 'not_matched', reason: `The ticket does not match: ${definition.conditions}` })
          .where(eq(workflowRuns.id, runId));
        return;
      }
      const [ticket] = await tx.select({ key: tickets.key }).from(tickets).where(eq(tickets.id, ticketId));
      const context = {
        deps: inTx,
        actor,
        key: ticket?.key ?? '',
        projectId,
        eventId,
        ruleId: workflowId,
        ruleName: found.name,
      };
      const results: ActionResult[] = [];
      for (const action of definition.actions) results.push(await applyAction(context, action));
      await tx
        .update(workflowRuns)
        .set({ actions: results, durationMs: Math.round(performance.now() - started) })
        .where(eq(workflowRuns.id, runId));
    });
    await deps.db
      .update(workflows)
      .set({ failures: 0 })
      .where(and(eq(workflows.id, workflowId), sql`${workflows.failures} > 0`));
  } catch (error) {
    // The database being away is no fault of the rule: the job runner tries again later.
    if (isDatabaseUnavailable(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await failed(deps, workflowId, await record(deps.db, { outcome: 'failed', error: message }));
  }
}

/** Counts a failed run; the tenth in a row turns the rule off. */
async function failed(deps: Deps, workflowId: string, recorded: { id: string }[]): Promise<void> {
  if (recorded.length === 0) return;
  await deps.db
    .update(workflows)
    .set({
      failures: sql`${workflows.failures} + 1`,
      enabled: sql`${workflows.failures} + 1 < ${MAX_FAILURES} and ${workflows.enabled}`,
    })
    .where(eq(workflows.id, workflowId));
}

export const runWorkflowJob = defineJob({
  queue: 'workflows.run',
  payload,
  maxAttempts: 5,
  timeoutMs: 60_000,
  handle: (job, { deps }) => runWorkflow(deps, job),
});
