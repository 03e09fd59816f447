import { jobs } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Deps } from '../src/deps.ts';
import { defineJob, GiveUp, RetryAt } from '../src/jobs/define-job.ts';
import { enqueueJob } from '../src/jobs/enqueue-job.ts';
import { claimJobs, reclaimExpiredJobs } from '../src/jobs/job-store.ts';
import { type JobOutcome, runJobs } from '../src/jobs/run-jobs.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { kind } = deps.connection;
const listen = deps.connection.listen;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds, looking every 20 ms, for at most `ms`. */
async function until(done: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(20);
  }
}

const stateOf = async (id: number) => (await deps.db.select().from(jobs).where(eq(jobs.id, id)))[0];
const idOf = async (queue: string) =>
  (await deps.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.queue, queue)))[0]?.id ?? 0;

describe('enqueueing', () => {
  const noop = defineJob({
    queue: 'test.noop',
    payload: z.object({ n: z.number() }),
    maxAttempts: 3,
    timeoutMs: 1000,
    handle: async () => {},
  });

  it('happens with the caller’s transaction: a rolled-back one leaves no job', async () => {
    await expect(
      deps.db.transaction(async (tx) => {
        await enqueueJob(tx, noop, { n: 1 });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await deps.db.$count(jobs, eq(jobs.queue, 'test.noop'))).toBe(0);
  });

  it('keeps one job per idempotency key', async () => {
    expect(await enqueueJob(deps.db, noop, { n: 1 }, { idempotencyKey: 'once' })).toBe(true);
    expect(await enqueueJob(deps.db, noop, { n: 2 }, { idempotencyKey: 'once' })).toBe(false);
    expect(await deps.db.$count(jobs, eq(jobs.idempotencyKey, 'once'))).toBe(1);
  });

  it('refuses a payload that does not match the job’s schema', async () => {
    await expect(enqueueJob(deps.db, noop, { n: 'one' } as unknown as { n: number })).rejects.toThrow();
  });
});

describe('running', () => {
  it('runs a job once, retries failures with backoff, and marks it dead after the last attempt', async () => {
    const runs: number[] = [];
    const failing = defineJob({
      queue: 'test.failing',
      payload: z.object({}),
      maxAttempts: 3,
      timeoutMs: 1000,
      retryDelayMs: () => 50,
      handle: async (_payload, { attempt }) => {
        runs.push(attempt);
        throw new Error(`attempt ${attempt} failed`);
      },
    });
    const outcomes: JobOutcome[] = [];
    const runner = await runJobs({
      deps,
      listen,
      definitions: [failing],
      pollMs: 50,
      onOutcome: (o) => outcomes.push(o),
    });
    try {
      await enqueueJob(deps.db, failing, {});
      const id = await idOf('test.failing');
      await until(async () => (await stateOf(id))?.state === 'dead');
      expect(runs).toEqual([1, 2, 3]);
      expect(outcomes.map((o) => o.result)).toEqual(['retry', 'retry', 'dead']);
      expect((await stateOf(id))?.lastError).toBe('attempt 3 failed');
    } finally {
      await runner.stop();
    }
  });

  it('honours RetryAt and stops at GiveUp', async () => {
    const seen: string[] = [];
    const picky = defineJob({
      queue: 'test.picky',
      payload: z.object({ give: z.enum(['later', 'up']) }),
      maxAttempts: 5,
      timeoutMs: 1000,
      handle: async ({ give }, { attempt }) => {
        seen.push(`${give}:${attempt}`);
        if (give === 'up') throw new GiveUp('gone for good');
        if (attempt === 1) throw new RetryAt('come back shortly', new Date(Date.now() + 100));
      },
    });
    const runner = await runJobs({ deps, listen, definitions: [picky], pollMs: 50 });
    try {
      await enqueueJob(deps.db, picky, { give: 'later' });
      await enqueueJob(deps.db, picky, { give: 'up' });
      await until(() => seen.includes('later:2') && seen.includes('up:1'));
      await until(
        async () =>
          (await deps.db.$count(jobs, sql`${jobs.queue} = 'test.picky' and ${jobs.state} in ('done', 'dead')`)) === 2,
      );
      const states = await deps.db
        .select({ state: jobs.state, attempts: jobs.attempts })
        .from(jobs)
        .where(eq(jobs.queue, 'test.picky'));
      expect(states.map((row) => `${row.state}:${row.attempts}`).sort()).toEqual(['dead:1', 'done:2']);
    } finally {
      await runner.stop();
    }
  });

  it('aborts a run that takes longer than its timeout, and retries it', async () => {
    let attempts = 0;
    const slow = defineJob({
      queue: 'test.slow',
      payload: z.object({}),
      maxAttempts: 2,
      timeoutMs: 100,
      retryDelayMs: () => 10,
      handle: async (_payload, { signal, attempt }) => {
        attempts = attempt;
        if (attempt === 1)
          await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    });
    const runner = await runJobs({ deps, listen, definitions: [slow], pollMs: 50 });
    try {
      await enqueueJob(deps.db, slow, {});
      const id = await idOf('test.slow');
      await until(async () => (await stateOf(id))?.state === 'done');
      expect(attempts).toBe(2);
    } finally {
      await runner.stop();
    }
  });

  it('claims a job whose worker vanished once its lease has run out', async () => {
    const orphan = defineJob({
      queue: 'test.orphan',
      payload: z.object({}),
      maxAttempts: 3,
      timeoutMs: 1000,
      handle: async () => {},
    });
    await enqueueJob(deps.db, orphan, {});
    const [claimed] = await claimJobs(deps.db, { leaseMs: { 'test.orphan': 1 }, limit: 1, workerId: 'gone' });
    if (!claimed) throw new Error('nothing claimed');
    await sleep(20);
    expect(await reclaimExpiredJobs(deps.db)).toBeGreaterThanOrEqual(1);
    const runner = await runJobs({ deps, listen, definitions: [orphan], pollMs: 50 });
    try {
      await until(async () => (await stateOf(claimed.id))?.state === 'done');
      expect((await stateOf(claimed.id))?.attempts).toBe(2);
    } finally {
      await runner.stop();
    }
  });

  it('on stop, lets a running job finish within the grace period, and gives back one that does not', async () => {
    const finished: string[] = [];
    const stoppable = defineJob({
      queue: 'test.stop',
      payload: z.object({ ms: z.number() }),
      maxAttempts: 3,
      timeoutMs: 10_000,
      handle: async ({ ms }, { signal }) => {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
        finished.push(String(ms));
      },
    });
    const runner = await runJobs({ deps, listen, definitions: [stoppable], pollMs: 20 });
    await enqueueJob(deps.db, stoppable, { ms: 100 });
    await enqueueJob(deps.db, stoppable, { ms: 5_000 });
    await until(
      async () => (await deps.db.$count(jobs, sql`${jobs.queue} = 'test.stop' and ${jobs.state} = 'running'`)) === 2,
    );
    await runner.stop(500);
    expect(finished).toEqual(['100']);
    const rows = await deps.db.select().from(jobs).where(eq(jobs.queue, 'test.stop'));
    const given = rows.find((row) => (row.payload as { ms: number }).ms === 5_000);
    // Pending again, its interrupted attempt not counted: nothing half done is left behind.
    expect({ state: given?.state, attempts: given?.attempts, lockedBy: given?.lockedBy }).toEqual({
      state: 'pending',
      attempts: 0,
      lockedBy: null,
    });
  });
});

describe('several processes', () => {
  it(`share the work without running any job twice${concurrencyNote(kind)}`, async () => {
    const ran: number[] = [];
    const byWorker = new Map<string, number>();
    const shared = defineJob({
      queue: 'test.shared',
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      timeoutMs: 5_000,
      handle: async ({ n }) => {
        ran.push(n);
        await sleep(2);
      },
    });
    // Two runners on connections of their own, as two server processes have.
    const other = await deps.connection.reopen();
    const otherDeps: Deps = { ...deps, db: other.db };
    const count = (worker: string) => (outcome: JobOutcome) =>
      byWorker.set(worker, (byWorker.get(worker) ?? 0) + (outcome.result === 'done' ? 1 : 0));
    const runners = [
      await runJobs({ deps, listen, definitions: [shared], concurrency: 4, pollMs: 20, onOutcome: count('a') }),
      await runJobs({
        deps: otherDeps,
        listen: other.listen,
        definitions: [shared],
        concurrency: 4,
        pollMs: 20,
        onOutcome: count('b'),
      }),
    ];
    try {
      await deps.db.transaction(async (tx) => {
        for (let n = 0; n < 200; n++) await enqueueJob(tx, shared, { n });
      });
      await until(() => ran.length >= 200);
      await sleep(100);
      expect(ran).toHaveLength(200);
      expect(new Set(ran).size).toBe(200);
      if (kind === 'postgres') {
        expect(byWorker.get('a')).toBeGreaterThan(0);
        expect(byWorker.get('b')).toBeGreaterThan(0);
      }
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
  });

  it(`fire a recurring job once per interval however many run it${concurrencyNote(kind)}`, async () => {
    const ticks: number[] = [];
    const tick = defineJob({
      queue: 'test.tick',
      payload: z.object({}),
      maxAttempts: 1,
      timeoutMs: 1000,
      handle: async (_payload, { jobId }) => {
        ticks.push(jobId);
      },
    });
    const recurring = [{ definition: tick, payload: {}, everyMs: 400 }];
    const other = await deps.connection.reopen();
    const runners = await Promise.all(
      [deps, { ...deps, db: other.db }].map((each, i) =>
        runJobs({ deps: each, listen: i === 0 ? listen : other.listen, definitions: [tick], recurring, pollMs: 20 }),
      ),
    );
    const firstSlot = Math.floor(Date.now() / 400);
    try {
      await sleep(2_000);
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
    const lastSlot = Math.floor(Date.now() / 400);
    const slots = (
      await deps.db.select({ key: jobs.idempotencyKey }).from(jobs).where(eq(jobs.queue, 'test.tick'))
    ).map((row) => Number(row.key?.split('@')[1]));
    // Every slot the two runners were up for has its job, and only one, and each ran once.
    expect(slots.length).toBeGreaterThanOrEqual(lastSlot - firstSlot - 1);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.every((slot) => slot >= firstSlot && slot <= lastSlot)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(slots.length);
    expect(new Set(ticks).size).toBe(ticks.length);
  });
});
