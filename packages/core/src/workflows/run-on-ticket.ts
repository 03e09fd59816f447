import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable } from '@ticketing/db/errors';
import { type Role, tickets, type WorkflowRunOutcome, workflowRuns } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { calendarOf } from '../query/query-dates.ts';
import { type ActionResult, applyAction } from './apply-action.ts';
import { countFailure, resetFailures } from './count-failure.ts';
import { forbiddenMove } from './forbidden-move.ts';
import type { WorkflowDefinition } from './schemas.ts';
import { conditionsZoneOf, notMatchedReason, ticketMatches } from './ticket-matches.ts';

/** One version of a rule, as a run carries it out. */
export interface RunRule {
  id: string;
  version: number;
  name: string;
  definition: WorkflowDefinition;
  owner: { id: string; role: Role };
}

/**
 * One run: a rule version on one ticket, for an event (its id) or a schedule's slot (its time). The
 * pair is the run's key: at most one run row each, whatever the retries.
 */
export interface RunTarget {
  rule: RunRule;
  ticketId: string;
  projectId: string;
  cause: { eventId: number } | { scheduledAt: Date };
  depth: number;
}

export interface RunRecord {
  outcome: WorkflowRunOutcome;
  reason?: string;
  actions?: ActionResult[];
  error?: string;
}

/** Whose run a row is: a scheduled run that could not start at all is about no ticket. */
type RunKey = Pick<RunTarget, 'rule' | 'cause' | 'depth'> & { ticketId: string | null };

/** A run row for a run decided without acting (or its claim); none when its key has one already. */
export function recordRun(
  executor: Deps['db'],
  target: RunKey,
  run: RunRecord,
  started: number,
  id: string = randomUUID(),
) {
  return executor
    .insert(workflowRuns)
    .values({
      id,
      workflowId: target.rule.id,
      version: target.rule.version,
      eventId: 'eventId' in target.cause ? target.cause.eventId : null,
      scheduledAt: 'scheduledAt' in target.cause ? target.cause.scheduledAt : null,
      ticketId: target.ticketId,
      depth: target.depth,
      outcome: run.outcome,
      reason: run.reason ?? null,
      actions: run.actions ?? [],
      error: run.error ?? null,
      durationMs: Math.round(performance.now() - started),
    })
    .onConflictDoNothing()
    .returning({ id: workflowRuns.id });
}

/** A failed run, logged and counted; false when the failures turned the rule off. */
export async function runFailed(
  deps: Deps,
  target: RunKey,
  error: string,
  started: number,
  id: string = randomUUID(),
): Promise<boolean> {
  const recorded = await recordRun(deps.db, target, { outcome: 'failed', error }, started, id);
  // Recorded already: a retry of a failure counted before.
  if (recorded.length === 0) return true;
  return countFailure(deps, target.rule.id, error);
}

export type RunResult = 'done' | 'not_matched' | 'ran_already' | 'failed' | 'turned_off';

/**
 * Carries out a run. The run row is written first, in the transaction of the actions: a retried job
 * finds it and does nothing (at least once, never an action twice), and a run that fails leaves no
 * half-done actions, only its row saying why. The conditions are checked on the ticket as it is now.
 * A scheduled run is one ticket of a sweep: a ticket whose status the table will not let make the
 * rule's move is one the rule does not apply to (`not_matched`, saying why), not a failure, and its
 * failures count per slot, not here (settle-slot.ts).
 */
export async function runOnTicket(deps: Deps, target: RunTarget): Promise<RunResult> {
  const started = performance.now();
  const { rule, ticketId, projectId } = target;
  const runId = randomUUID();
  const scheduled = 'scheduledAt' in target.cause;
  const actor: Actor = {
    userId: rule.owner.id,
    role: rule.owner.role,
    via: { kind: 'automation', ruleId: rule.id, ruleName: rule.name, runId, depth: target.depth },
  };
  try {
    const result = await deps.db.transaction(async (tx): Promise<RunResult> => {
      const [claimed] = await recordRun(tx, target, { outcome: 'done' }, started, runId);
      if (!claimed) return 'ran_already';
      const inTx = { ...deps, db: tx };
      const calendar = calendarOf(conditionsZoneOf(rule.definition.trigger));
      if (!(await ticketMatches(inTx, actor, ticketId, rule.definition.conditions, calendar))) {
        await tx
          .update(workflowRuns)
          .set({ outcome: 'not_matched', reason: notMatchedReason(rule.definition.conditions) })
          .where(eq(workflowRuns.id, runId));
        return 'not_matched';
      }
      const [ticket] = await tx
        .select({ key: tickets.key, status: tickets.status })
        .from(tickets)
        .where(eq(tickets.id, ticketId));
      const refused = scheduled && ticket ? forbiddenMove(ticket.status, rule.definition.actions) : null;
      if (refused) {
        await tx
          .update(workflowRuns)
          .set({ outcome: 'not_matched', reason: refused })
          .where(eq(workflowRuns.id, runId));
        return 'not_matched';
      }
      const context = {
        deps: inTx,
        actor,
        key: ticket?.key ?? '',
        projectId,
        eventId: 'eventId' in target.cause ? target.cause.eventId : null,
        ruleId: rule.id,
        ruleName: rule.name,
      };
      const results: ActionResult[] = [];
      for (const action of rule.definition.actions) results.push(await applyAction(context, action));
      await tx
        .update(workflowRuns)
        .set({ actions: results, durationMs: Math.round(performance.now() - started) })
        .where(eq(workflowRuns.id, runId));
      return 'done';
    });
    if (!scheduled && result !== 'ran_already') await resetFailures(deps, rule.id);
    return result;
  } catch (error) {
    // The database being away is no fault of the rule: the job runner tries again later.
    if (isDatabaseUnavailable(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (!scheduled) return (await runFailed(deps, target, message, started, runId)) ? 'failed' : 'turned_off';
    await recordRun(deps.db, target, { outcome: 'failed', error: message }, started, runId);
    return 'failed';
  }
}
