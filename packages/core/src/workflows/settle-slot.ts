import { createHash } from 'node:crypto';
import { workflowRuns } from '@ticketing/db/schema';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import { resetFailures } from './count-failure.ts';
import { type RunRule, runFailed } from './run-on-ticket.ts';

/** The namespace of slot run ids (any fixed UUID: it only keeps them apart from other name-based ids). */
const SLOT_NAMESPACE = Buffer.from('5b0f3c1e8a4d4e2f9c7a1d3b6e8f0a2c', 'hex');

/**
 * The id of a slot's own run row (one about no ticket: the slot could not start, or every run in it
 * failed), a name-based UUID (version 5) of (rule, version, slot). The unique key of scheduled runs
 * includes the ticket, and NULLs never conflict there; the primary key does, so a retried job that
 * writes the row again writes nothing and counts nothing.
 */
export function slotRunId(rule: Pick<RunRule, 'id' | 'version'>, slot: Date): string {
  const name = `${rule.id}:${rule.version}:${slot.toISOString()}`;
  const hash = createHash('sha1').update(SLOT_NAMESPACE).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A slot that failed as a whole: its row, and one failure for the rule, once however often retried. */
export const slotFailed = (deps: Deps, rule: RunRule, slot: Date, error: string, started: number) =>
  runFailed(
    deps,
    { rule, cause: { scheduledAt: slot }, depth: 1, ticketId: null },
    error,
    started,
    slotRunId(rule, slot),
  );

/**
 * Counts a slot, once its last job has taken every ticket, as one run of the rule for its failures in
 * a row (as a Jira user reads "the rule failed"): a slot that acted on any ticket starts them again
 * from none; one where it acted on none and some runs failed is one failure, however many tickets
 * failed in it. Tickets it did not apply to (`not_matched`) count neither way. Returns whether the
 * rule is still on.
 */
export async function settleSlot(deps: Deps, rule: RunRule, slot: Date, started: number): Promise<boolean> {
  const ofSlot = and(
    eq(workflowRuns.workflowId, rule.id),
    eq(workflowRuns.version, rule.version),
    eq(workflowRuns.scheduledAt, slot),
    isNotNull(workflowRuns.ticketId),
  );
  const [tally] = await deps.db
    .select({
      done: sql<number>`count(*) filter (where ${workflowRuns.outcome} = 'done')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${workflowRuns.outcome} = 'failed')`.mapWith(Number),
    })
    .from(workflowRuns)
    .where(ofSlot);
  const { done = 0, failed = 0 } = tally ?? {};
  if (done > 0) {
    await resetFailures(deps, rule.id);
    return true;
  }
  if (failed === 0) return true;
  const [last] = await deps.db
    .select({ error: workflowRuns.error })
    .from(workflowRuns)
    .where(and(ofSlot, eq(workflowRuns.outcome, 'failed')))
    .orderBy(desc(workflowRuns.createdAt), desc(workflowRuns.id))
    .limit(1);
  const error = last?.error ?? 'unknown';
  const said =
    failed === 1
      ? `The one run of this slot failed: ${error}`
      : `All ${failed} runs of this slot failed; the last: ${error}`;
  return slotFailed(deps, rule, slot, said, started);
}
