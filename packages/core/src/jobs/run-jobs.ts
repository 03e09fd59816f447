import { randomUUID } from 'node:crypto';
import type { BackgroundTask, Listen } from '../background/background-task.ts';
import { WakeSignal } from '../background/wake-signal.ts';
import type { Deps } from '../deps.ts';
import { exponentialBackoffMs, GiveUp, type JobDefinition, RetryAt } from './define-job.ts';
import { enqueueJob, JOBS_CHANNEL } from './enqueue-job.ts';
import { type ClaimedJob, claimJobs, completeJob, failJob, reclaimExpiredJobs, releaseJob } from './job-store.ts';

/** A job that runs once per interval across all processes. */
export interface Recurring {
  definition: JobDefinition;
  payload: unknown;
  everyMs: number;
}

export interface RunJobsOptions {
  deps: Deps;
  listen: Listen;
  definitions: readonly JobDefinition[];
  recurring?: readonly Recurring[];
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** How often to look when no NOTIFY came. */
  pollMs?: number;
  /**
   * How long past a job's timeout its lease lasts: after that, a job whose process died is claimed
   * again (default 30 s).
   */
  leaseMarginMs?: number;
  /** What happened to each run, for logs and metrics. */
  onOutcome?(outcome: JobOutcome): void;
}

export interface JobOutcome {
  queue: string;
  jobId: number;
  attempt: number;
  result: 'done' | 'retry' | 'dead' | 'released';
  ms: number;
  error?: string;
}

export interface JobRunner extends BackgroundTask {
  /** Stops taking jobs; running ones get `graceMs` to finish, then are aborted and given back. */
  stop(graceMs?: number): Promise<void>;
}

const LEASE_MARGIN_MS = 30_000;
const RECLAIM_EVERY_MS = 5_000;

/**
 * Runs due jobs of the given definitions in this process, up to `concurrency` at a time: claimed
 * with SKIP LOCKED (so any number of processes share the work without doubling it), woken by
 * NOTIFY when one is enqueued, polling as the fallback. At least once: a run that fails is retried
 * with backoff, a process that dies mid-run leaves its job to be claimed again when the lease ends.
 */
export async function runJobs(options: RunJobsOptions): Promise<JobRunner> {
  const { deps } = options;
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const byQueue = new Map(options.definitions.map((definition) => [definition.queue, definition]));
  const concurrency = options.concurrency ?? 4;
  const pollMs = options.pollMs ?? 1_000;
  const margin = options.leaseMarginMs ?? LEASE_MARGIN_MS;
  const timeoutOf = (definition: JobDefinition) =>
    typeof definition.timeoutMs === 'function' ? definition.timeoutMs(deps) : definition.timeoutMs;
  const leaseMs = Object.fromEntries(
    options.definitions.map((definition) => [definition.queue, timeoutOf(definition) + margin]),
  );
  const wake = new WakeSignal();
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();
  let stopping = false;
  let lastReclaim = 0;
  let lastSchedule = 0;
  // Often enough that a slot's job is enqueued early in the slot.
  const scheduleEveryMs = Math.min(1_000, ...(options.recurring ?? []).map((recurring) => recurring.everyMs / 4));

  const unlisten = await options.listen(JOBS_CHANNEL, () => wake.fire());

  async function execute(job: ClaimedJob, controller: AbortController): Promise<void> {
    const definition = byQueue.get(job.queue);
    const started = performance.now();
    const report = (result: JobOutcome['result'], error?: string) =>
      options.onOutcome?.({
        queue: job.queue,
        jobId: job.id,
        attempt: job.attempts,
        result,
        ms: Math.round(performance.now() - started),
        ...(error ? { error } : {}),
      });
    const timeout = setTimeout(
      () => controller.abort(new Error('the job ran out of time')),
      definition ? timeoutOf(definition) : 0,
    );
    try {
      if (!definition) throw new GiveUp(`no handler for queue ${job.queue}`);
      const payload = definition.payload.parse(job.payload);
      const aborted = new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      });
      await Promise.race([
        definition.handle(payload, { deps, jobId: job.id, attempt: job.attempts, signal: controller.signal }),
        aborted,
      ]);
      await completeJob(deps.db, job.id, workerId);
      report('done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (stopping && controller.signal.aborted) {
        // Cut short by the stop, not by its own fault: give it back for another run.
        await releaseJob(deps.db, job.id, workerId);
        report('released', message);
        return;
      }
      const retryInMs =
        error instanceof RetryAt
          ? Math.max(0, error.at.getTime() - Date.now())
          : (definition?.retryDelayMs ?? exponentialBackoffMs)(job.attempts);
      const dead = error instanceof GiveUp || job.attempts >= job.maxAttempts;
      await failJob(deps.db, job, workerId, { error: message, retryInMs, dead });
      report(dead ? 'dead' : 'retry', message);
    } finally {
      clearTimeout(timeout);
    }
  }

  function start(job: ClaimedJob): void {
    const controller = new AbortController();
    const entry = { controller, done: Promise.resolve() };
    running.set(job.id, entry);
    entry.done = execute(job, controller)
      .catch(() => {
        // Settling the job failed (the database went away): its lease runs out and it is claimed again.
      })
      .finally(() => {
        running.delete(job.id);
        wake.fire();
      });
  }

  async function scheduleRecurring(): Promise<void> {
    for (const recurring of options.recurring ?? []) {
      const slot = Math.floor(Date.now() / recurring.everyMs);
      // Every process tries; the slot's idempotency key lets exactly one job through.
      await enqueueJob(deps.db, recurring.definition, recurring.payload, {
        idempotencyKey: `${recurring.definition.queue}@${slot}`,
        runAt: new Date(slot * recurring.everyMs),
      });
    }
  }

  const loop = (async () => {
    while (!stopping) {
      try {
        if (Date.now() - lastReclaim > RECLAIM_EVERY_MS) {
          lastReclaim = Date.now();
          await reclaimExpiredJobs(deps.db);
        }
        if (Date.now() - lastSchedule > scheduleEveryMs) {
          lastSchedule = Date.now();
          await scheduleRecurring();
        }
        const claimed = await claimJobs(deps.db, { leaseMs, limit: concurrency - running.size, workerId });
        for (const job of claimed) start(job);
        if (claimed.length === 0 || running.size >= concurrency) await wake.wait(Math.min(pollMs, scheduleEveryMs));
      } catch {
        // The database is away: look again in a while (jobs wait in the table, nothing is lost).
        await wake.wait(pollMs);
      }
    }
  })();

  return {
    name: 'job runner',
    async stop(graceMs = 10_000) {
      stopping = true;
      wake.fire();
      await loop;
      const all = Promise.all([...running.values()].map((entry) => entry.done));
      const graceOver = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      if ((await Promise.race([all.then(() => 'done'), graceOver])) !== 'done') {
        for (const entry of running.values()) entry.controller.abort(new Error('the process is stopping'));
        await all;
      }
      await unlisten();
    },
  };
}
