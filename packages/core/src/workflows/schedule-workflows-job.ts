import { workflows } from '@ticketing/db/schema';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { everyMs, nextRunAt, type Schedule } from './next-run-at.ts';
import { runScheduledWorkflowJob } from './run-scheduled-workflow-job.ts';
import { definitionSchema } from './schemas.ts';

/** Due rules claimed per transaction. */
const BATCH = 100;
const DAY_MS = 24 * 60 * 60_000;

/**
 * The latest slot of a schedule that has come by `now`, from the oldest one not yet run (`due`, itself
 * come): the slot a run for missed ones is for, and the one its run log shows. `every` steps whole
 * intervals from `due`; a time of day comes at least weekly, so the latest is one of the last 8 days.
 */
export function latestSlot(schedule: Schedule, due: Date, now: Date): Date {
  if (schedule.every) {
    const interval = everyMs(schedule.every);
    const missed = Math.max(0, Math.floor((now.getTime() - due.getTime()) / interval));
    return new Date(due.getTime() + missed * interval);
  }
  let latest = due;
  let next = nextRunAt(schedule, new Date(Math.max(due.getTime(), now.getTime() - 8 * DAY_MS)));
  while (next.getTime() <= now.getTime()) {
    latest = next;
    next = nextRunAt(schedule, next);
  }
  return latest;
}

/**
 * Claims the scheduled rules that are due, in batches: each locked with SKIP LOCKED (two processes
 * never claim the same rule), moved on to its next time, and given a run job for the slot that came
 * due, all in one transaction; the job's key (rule, version, slot) makes it one run per slot even if
 * a slot were claimed twice. A rule whose slots were missed (the service was down) runs once, for
 * the latest, and goes on from there. Returns how many slots it queued.
 */
export async function scheduleDueWorkflows(deps: Deps, now = new Date()): Promise<number> {
  let queued = 0;
  for (;;) {
    const claimed = await deps.db.transaction(async (tx) => {
      const due = await tx
        .select({
          id: workflows.id,
          version: workflows.version,
          definition: workflows.definition,
          nextRunAt: workflows.nextRunAt,
        })
        .from(workflows)
        .where(and(lte(workflows.nextRunAt, now), eq(workflows.enabled, true)))
        .orderBy(asc(workflows.nextRunAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      for (const rule of due) {
        // Saved through the same schema; one that no longer reads is due never rather than stopping
        // every other rule's schedule behind it.
        const trigger = definitionSchema.safeParse(rule.definition).data?.trigger;
        const oldest = rule.nextRunAt ?? now;
        const slot = trigger?.type === 'schedule' ? latestSlot(trigger, oldest, now) : oldest;
        // Not `updatedAt`: that says when the rule was last edited or enabled.
        await tx
          .update(workflows)
          .set({
            nextRunAt: trigger?.type === 'schedule' ? nextRunAt(trigger, now, slot) : null,
            updatedAt: sql`${workflows.updatedAt}`,
          })
          .where(eq(workflows.id, rule.id));
        if (trigger?.type !== 'schedule') continue;
        const scheduledAt = slot.toISOString();
        await enqueueJob(
          tx,
          runScheduledWorkflowJob,
          { workflowId: rule.id, version: rule.version, scheduledAt, part: 1 },
          { idempotencyKey: `${rule.id}:${rule.version}:${scheduledAt}:1` },
        );
        queued++;
      }
      return due.length;
    });
    if (claimed < BATCH) return queued;
  }
}

/** The recurring job that claims due scheduled rules (registry.ts runs it every 15 s). */
export const scheduleWorkflowsJob = defineJob({
  queue: 'workflows.schedule',
  payload: z.object({}),
  maxAttempts: 3,
  timeoutMs: 60_000,
  handle: async (_payload, { deps }) => {
    await scheduleDueWorkflows(deps);
  },
});
