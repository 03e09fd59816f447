import { notifications, workflows } from '@ticketing/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { systemActor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';

/** Failed runs in a row after which a rule is turned off. */
export const MAX_FAILURES = 10;

/** Who turns a rule off when its runs keep failing. */
export const RUNS_ACTOR = systemActor('workflow runs');

/**
 * Counts a failed run (one just recorded: a retried job's second record is no new failure). The one
 * that makes it ten in a row turns the rule off, records `workflow.disabled` and tells the owner in
 * their inbox, in one transaction: the row lock lets exactly one failure do it. Returns whether the
 * rule is still on. Neither this nor the reset below touches `updatedAt`, which says when the rule was
 * last edited or enabled (the consumer ignores events from before it).
 */
export async function countFailure(deps: Deps, workflowId: string, error: string | undefined): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const [rule] = await tx
      .update(workflows)
      .set({ failures: sql`${workflows.failures} + 1`, updatedAt: sql`${workflows.updatedAt}` })
      .where(eq(workflows.id, workflowId))
      .returning({
        failures: workflows.failures,
        enabled: workflows.enabled,
        name: workflows.name,
        ownerId: workflows.ownerId,
        projectId: workflows.projectId,
      });
    if (!rule?.enabled) return false;
    if (rule.failures < MAX_FAILURES) return true;
    await tx
      .update(workflows)
      .set({ enabled: false, nextRunAt: null, updatedAt: sql`${workflows.updatedAt}` })
      .where(eq(workflows.id, workflowId));
    const [eventId] = await recordEvents(tx, RUNS_ACTOR, [
      {
        type: 'workflow.disabled',
        projectId: rule.projectId,
        data: { workflowId, name: rule.name, failures: rule.failures, lastError: error ?? null },
      },
    ]);
    if (eventId !== undefined) {
      await tx
        .insert(notifications)
        .values({ userId: rule.ownerId, eventId, reason: 'rule_disabled' })
        .onConflictDoNothing();
    }
    return false;
  });
}

/** A run that did its work: the failures in a row start again from none. */
export async function resetFailures(deps: Deps, workflowId: string): Promise<void> {
  await deps.db
    .update(workflows)
    .set({ failures: 0, updatedAt: sql`${workflows.updatedAt}` })
    .where(and(eq(workflows.id, workflowId), sql`${workflows.failures} > 0`));
}
