import { type EventRow, eventConsumers, events } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/actor.ts';
import { consumeBatch, type EventConsumer } from '../src/events/consume.ts';
import { readEvents } from '../src/events/read-events.ts';
import { recordEvents } from '../src/events/record-events.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
// Readers on a pool of their own (on PostgreSQL), as consumers in other processes: they keep up with
// the writers instead of queueing behind them, so they read right at the edge of what has committed.
const readers = await deps.connection.reopen();

const WRITERS = 32;
const TOTAL = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const writer = systemActor('ordering-test');
// How long a writer may hold its ids before committing. PGlite runs transactions one at a time, so
// holding there only slows the test down.
const HOLD_MS = deps.connection.kind === 'postgres' ? 20 : 0;

/**
 * 32 writers, each committing its events after a random pause taken while holding its ids: commits
 * land out of id order, which is what a reader that merely reads "after the last id" gets wrong.
 */
async function write(stopAt: number, written: number[]): Promise<void> {
  let next = 0;
  const work = async (worker: number) => {
    for (;;) {
      const n = next++;
      if (n >= stopAt) return;
      await deps.db.transaction(async (tx) => {
        await recordEvents(tx, writer, [
          { type: 'department.created', data: { departmentId: crypto.randomUUID(), name: `w${worker}-${n}` } },
        ]);
        await sleep(Math.random() * HOLD_MS);
      });
      written.push(n);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, worker) => work(worker)));
}

/** Until `done` says so, or a bound well past the writers' end (a reader that skipped never finishes). */
let deadline = Number.POSITIVE_INFINITY;
const going = (done: () => boolean) => !done() && Date.now() < deadline;

/** Drives a consumer until it has seen everything (or the deadline). */
async function run(consumer: EventConsumer, done: () => boolean): Promise<void> {
  while (going(done)) {
    if ((await consumeBatch(readers.db, consumer)) === 0) await sleep(1);
  }
}

describe('the event log under concurrent writers', () => {
  it(`hands ${TOTAL} events from ${WRITERS} concurrent transactions to every consumer, each exactly once, in id order${concurrencyNote(deps.connection.kind)}`, async () => {
    const seen: Record<string, number[]> = { inbox: [], webhooks: [], feed: [] };
    const consumer = (name: string, batchSize: number): EventConsumer => ({
      name: `ordering-${name}`,
      from: 'beginning',
      batchSize,
      handle: async (_tx, batch: EventRow[]) => {
        seen[name]?.push(...batch.map((event) => event.id));
      },
    });
    // The same consumer driven twice at once, as two server processes would: still once each.
    const inbox = consumer('inbox', 7);
    const webhooks = consumer('webhooks', 50);
    const complete = (name: string) => () => (seen[name]?.length ?? 0) >= TOTAL;

    // The pull feed, polled as a tool would, with nextAfter.
    const feed = async () => {
      let after = 0;
      while (going(complete('feed'))) {
        const page = await readEvents(readers.db, { after, limit: 33, where: [] });
        seen.feed?.push(...page.items.map((event) => event.id));
        if (page.items.length === 0) await sleep(1);
        after = page.nextAfter;
      }
    };

    const written: number[] = [];
    await Promise.all([
      write(TOTAL, written).then(() => {
        deadline = Date.now() + 15_000;
      }),
      run(inbox, complete('inbox')),
      run(inbox, complete('inbox')),
      run(webhooks, complete('webhooks')),
      feed(),
    ]);

    expect(written).toHaveLength(TOTAL);
    const all = (await readers.db.select({ id: events.id }).from(events).orderBy(asc(events.id))).map((row) => row.id);
    for (const [name, ids] of Object.entries(seen)) {
      const missing = all.filter((id) => !ids.includes(id));
      expect(missing, `${name}: events never handed out`).toEqual([]);
      expect(ids, name).toHaveLength(TOTAL);
      expect(new Set(ids).size, `${name}: no event twice`).toBe(TOTAL);
      expect(
        ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0)),
        `${name}: in id order`,
      ).toBe(true);
    }
  }, 120_000);

  it('registers a consumer again when its position row is gone, and it starts over as a new one', async () => {
    // The process remembers that it registered a consumer (no statement before every batch); a row
    // removed behind its back is noticed by the next batch and written again by the one after.
    await recordEvents(deps.db, writer, [
      { type: 'department.created', data: { departmentId: crypto.randomUUID(), name: 'Re-registered' } },
    ]);
    const passes: number[][] = [];
    const consumer: EventConsumer = {
      name: 'ordering-re-registered',
      from: 'beginning',
      batchSize: 100_000,
      handle: async (_tx, batch) => {
        passes.push(batch.map((event) => event.id));
      },
    };
    const position = () =>
      readers.db
        .select({ lastEventId: eventConsumers.lastEventId })
        .from(eventConsumers)
        .where(eq(eventConsumers.name, consumer.name));

    const first = await consumeBatch(readers.db, consumer);
    expect(first).toBeGreaterThan(0);
    await readers.db.delete(eventConsumers).where(eq(eventConsumers.name, consumer.name));
    expect(await consumeBatch(readers.db, consumer)).toBe(0);
    expect(await consumeBatch(readers.db, consumer)).toBe(first);
    expect(passes[1]).toEqual(passes[0]);
    expect(await position()).toEqual([{ lastEventId: passes[0]?.at(-1) }]);
  });
});

// PGlite runs one transaction at a time, so two can never be open at once there; this is the
// PostgreSQL pass's own picture of what the horizon holds back.
if (deps.connection.kind === 'postgres') {
  describe('an event that commits after a larger id', () => {
    it('is held back with everything after it, then handed out in id order', async () => {
      // Past everything written so far.
      let caughtUp = 0;
      for (let page = await readEvents(deps.db, { after: 0, limit: 500, where: [] }); ; ) {
        caughtUp = page.nextAfter;
        if (page.items.length === 0) break;
        page = await readEvents(deps.db, { after: caughtUp, limit: 500, where: [] });
      }
      const before = { nextAfter: caughtUp };
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let recorded: () => void = () => {};
      const firstRecorded = new Promise<void>((resolve) => {
        recorded = resolve;
      });
      // A takes the smaller id and stays open; B takes the larger one and commits.
      const slow = deps.db.transaction(async (tx) => {
        await recordEvents(tx, writer, [
          { type: 'department.created', data: { departmentId: crypto.randomUUID(), name: 'A' } },
        ]);
        recorded();
        await held;
      });
      await firstRecorded;
      try {
        await deps.db.transaction((tx) =>
          recordEvents(tx, writer, [
            { type: 'department.created', data: { departmentId: crypto.randomUUID(), name: 'B' } },
          ]),
        );
        const meanwhile = await readEvents(deps.db, { after: before.nextAfter, limit: 500, where: [] });
        expect(meanwhile.items).toEqual([]);
        expect(meanwhile.nextAfter).toBe(before.nextAfter);
      } finally {
        release();
        await slow;
      }
      const after = await readEvents(deps.db, { after: before.nextAfter, limit: 500, where: [] });
      expect(after.items.map((event) => (event.data as { name: string }).name)).toEqual(['A', 'B']);
    });
  });
}
