import { jobs, workflowRuns } from '@ticketing/db/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../src/actor.ts';
import { consumeBatch } from '../../src/events/consume.ts';
import type { TestDeps } from '../../src/testing/test-deps.ts';
import { createWorkflow } from '../../src/workflows/create-workflow.ts';
import { runScheduledWorkflow } from '../../src/workflows/run-scheduled-workflow-job.ts';
import { runWorkflow } from '../../src/workflows/run-workflow-job.ts';
import { createWorkflowInput } from '../../src/workflows/schemas.ts';
import { workflowConsumer } from '../../src/workflows/workflow-consumer.ts';

type ScheduledPayload = Parameters<typeof runScheduledWorkflow>[1];
type EventPayload = Parameters<typeof runWorkflow>[1];

/**
 * Rules at work as the background would run them, step by step: the consumer queues event runs, the
 * scheduler's jobs are carried out here in id order (the runner's own scheduling is tested in
 * jobs.test.ts). Jobs already carried out are remembered, not run twice (a retry is the test's doing).
 * The consumer starts "from now": its position is set here, before the test makes anything happen.
 */
export async function workflowRunner(deps: TestDeps) {
  const handled = new Set<number>();
  /** Lets the consumer queue runs; the jobs of rules not carried out yet, now counted as carried out. */
  async function take() {
    while ((await consumeBatch(deps.db, workflowConsumer)) > 0) {
      // Drain.
    }
    const queued = (
      await deps.db
        .select()
        .from(jobs)
        .where(inArray(jobs.queue, ['workflows.run', 'workflows.run-scheduled']))
        .orderBy(asc(jobs.id))
    ).filter((job) => !handled.has(job.id));
    for (const job of queued) handled.add(job.id);
    return queued;
  }
  async function settle(): Promise<void> {
    for (;;) {
      const queued = await take();
      if (queued.length === 0) return;
      for (const job of queued) {
        if (job.queue === 'workflows.run') await runWorkflow(deps, job.payload as EventPayload);
        else await runScheduledWorkflow(deps, job.payload as ScheduledPayload);
      }
    }
  }
  await settle();
  return {
    settle,
    /** The event runs queued and not carried out yet, for the test to carry out itself. */
    takeEventRuns: async () =>
      (await take()).filter((job) => job.queue === 'workflows.run').map((job) => job.payload as EventPayload),
    /** The scheduled-run jobs queued so far, oldest first. */
    scheduledJobs: async () =>
      (await deps.db.select().from(jobs).where(eq(jobs.queue, 'workflows.run-scheduled')).orderBy(asc(jobs.id))).map(
        (job) => ({ id: job.id, payload: job.payload as ScheduledPayload }),
      ),
    /** Marks the jobs queued so far as carried out (a test that runs them itself). */
    skipQueued: async () => {
      for (const job of await deps.db.select({ id: jobs.id }).from(jobs)) handled.add(job.id);
    },
  };
}

/** A rule through the transport's schema, on by default. */
export const makeRule = (deps: TestDeps, actor: Actor, input: Partial<z.input<typeof createWorkflowInput>>) =>
  createWorkflow(deps, actor, createWorkflowInput.parse({ enabled: true, ...input }));

export const runsOf = (deps: TestDeps, workflowId: string) =>
  deps.db
    .select()
    .from(workflowRuns)
    .where(eq(workflowRuns.workflowId, workflowId))
    .orderBy(asc(workflowRuns.createdAt), asc(workflowRuns.id));
