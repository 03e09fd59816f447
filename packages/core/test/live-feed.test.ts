import type { DbConnection } from '@ticketing/db/client';
import { events } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/actor.ts';
import type { Deps } from '../src/deps.ts';
import { DomainError } from '../src/errors.ts';
import { type LiveFeed, startLiveFeed } from '../src/events/live-feed.ts';
import type { LiveLimits } from '../src/events/live-limits.ts';
import { recordEvents } from '../src/events/record-events.ts';
import { makeActor, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { openStream, position, until } from './support/live-streams.ts';

/** Statements that read the event log, counted to show what N streams cost. */
let logReads = 0;
const testDeps = await createTestDeps(
  {},
  {
    onQuery: (query) => {
      if (/from "events"/.test(query)) logReads++;
    },
  },
);
afterAll(() => testDeps.connection.close());
// The feed reads on a pool of its own (PostgreSQL), as in another server process than the writers.
const feedConnection = await testDeps.connection.reopen();

const feeds: LiveFeed[] = [];
afterAll(() => Promise.all(feeds.map((feed) => feed.stop())));

/** A feed on the test database, with its own limits; `pollMs` long so that only NOTIFY wakes it. */
async function depsWithFeed(
  limits: Partial<LiveLimits> = {},
  pollMs = 60_000,
  connection: DbConnection = feedConnection,
): Promise<Deps & { live: LiveFeed }> {
  const feed = await startLiveFeed({
    db: connection.db,
    listen: connection.listen,
    limits,
    pollMs,
    onError: (error) => {
      throw error;
    },
  });
  feeds.push(feed);
  return { ...testDeps, live: feed };
}

const lead = (await makeActor(testDeps.db, { role: 'manager' })).actor;
const project = await makeProject(testDeps, lead);
const writer = systemActor('live-feed-test');

/** `count` events in the project, one transaction each. */
async function writeEvents(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await testDeps.db.transaction((tx) =>
      recordEvents(tx, writer, [
        { type: 'project.updated', projectId: project.id, data: { key: project.key, changes: {} } },
      ]),
    );
  }
}

describe('the live feed’s bounds', () => {
  it(`refuses a user's stream past streamsPerUser with E_RATE_LIMITED, counting per user, and frees a place when one ends`, async () => {
    const deps = await depsWithFeed({ streamsPerUser: 2 });
    const first = openStream(deps, lead);
    const second = openStream(deps, lead);
    const someoneElse = openStream(deps, (await makeActor(deps.db)).actor);
    let refused: unknown;
    try {
      openStream(deps, lead);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('E_RATE_LIMITED');
    expect((refused as DomainError).details).toEqual({ limit: 2 });
    await first.close();
    const third = openStream(deps, lead);
    expect(third.hasEnded()).toBe(false);
    await Promise.all([second.close(), third.close(), someoneElse.close()]);
  });

  it('ends a stream whose client stops reading once more than bufferedEvents wait for it, instead of buffering on', async () => {
    const deps = await depsWithFeed({ bufferedEvents: 5 });
    const stream = openStream(deps, lead, { lastEventId: await position(deps) });
    const stuck = deps.live.join(lead.userId);
    await writeEvents(3);
    // Not read at all: the tap holds what came, up to its bound.
    await stream.receives(() => stream.events.length === 3, 'the three events on the stream that reads');
    expect(stuck.endedBy).toBeUndefined();
    await writeEvents(3);
    await until(() => stuck.endedBy !== undefined, 'the stuck tap to end');
    expect(stuck.endedBy).toBe('overflow');
    await stream.receives(() => stream.events.length === 6, 'all six on the stream that reads');
    expect(stream.hasEnded()).toBe(false);
    await stream.close();
  });

  it('ends a stream after maxDurationMs (its client reconnects and resumes)', async () => {
    const deps = await depsWithFeed({ maxDurationMs: 300 });
    const stream = openStream(deps, lead);
    await until(() => stream.hasEnded(), 'the stream to end');
    expect(stream.tap.endedBy).toBe('expired');
  });

  it('ends every open stream when it stops, and a stream opened after that ends at once', async () => {
    const deps = await depsWithFeed();
    const streams = [openStream(deps, lead), openStream(deps, lead, { lastEventId: 0 })];
    await deps.live.stop();
    await until(() => streams.every((stream) => stream.hasEnded()), 'every stream to end');
    expect(streams.map((stream) => stream.tap.endedBy)).toEqual(['stopped', 'stopped']);
    const late = openStream(deps, lead);
    await until(() => late.hasEnded(), 'the late stream to end');
    expect(late.events).toEqual([]);
    expect(late.tap.endedBy).toBe('stopped');
  });
});

describe('the fan-out', () => {
  it('reads the log once per batch however many streams are open', async () => {
    // On the connection whose statements are counted.
    const deps = await depsWithFeed({}, 60_000, testDeps.connection);
    async function readsForOneWrite(streamCount: number): Promise<number> {
      const from = await position(deps);
      const streams = Array.from({ length: streamCount }, () => openStream(deps, lead, { lastEventId: from }));
      // Each stream opens (its scope, its replay) before the count starts.
      await writeEvents(1);
      await Promise.all(streams.map((stream) => stream.receives(() => true, 'the first write')));
      const before = logReads;
      await writeEvents(1);
      await Promise.all(streams.map((stream) => stream.receives(() => stream.events.length === 2, 'the second write')));
      const reads = logReads - before;
      await Promise.all(streams.map((stream) => stream.close()));
      return reads;
    }
    // One read for the write's NOTIFY, and at most one more for a wake-up still pending from the
    // write before; a read per stream would be eight.
    const one = await readsForOneWrite(1);
    const many = await readsForOneWrite(8);
    expect(one).toBeGreaterThanOrEqual(1);
    expect(one).toBeLessThanOrEqual(2);
    expect(many).toBeLessThanOrEqual(2);
  });

  it(`hands every stream each event once and in order while writers commit concurrently and streams come and go${concurrencyNote(testDeps.connection.kind)}`, async () => {
    const deps = await depsWithFeed({}, 200);
    const start = await position(deps);
    const first = openStream(deps, lead, { lastEventId: start });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const hold = testDeps.connection.kind === 'postgres' ? 15 : 0;
    const WRITERS = 8;
    const EACH = 25;
    const writers = Array.from({ length: WRITERS }, async () => {
      for (let i = 0; i < EACH; i++) {
        await testDeps.db.transaction(async (tx) => {
          await recordEvents(tx, writer, [
            { type: 'project.updated', projectId: project.id, data: { key: project.key, changes: {} } },
          ]);
          // Commits land out of id order.
          await sleep(Math.random() * hold);
        });
      }
    });
    // A stream that resumes halfway through, after an id the first stream was given.
    await first.receives(() => first.events.length >= 40, 'forty events on the first stream');
    const resumeAfter = first.ids()[19] ?? 0;
    const resumed = openStream(deps, lead, { lastEventId: resumeAfter });
    const fresh = openStream(deps, lead);
    await Promise.all(writers);
    // One more after every writer is done: each stream, even one that started late, must get it.
    await writeEvents(1);

    const written = (
      await testDeps.db
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.projectId, project.id), gt(events.id, start)))
        .orderBy(asc(events.id))
    ).map((row) => row.id);
    expect(written).toHaveLength(WRITERS * EACH + 1);
    const last = written.at(-1);
    for (const stream of [first, resumed, fresh]) {
      await stream.receives((event) => event.id === last, 'the last event written');
    }
    expect(first.ids()).toEqual(written);
    expect(resumed.ids()).toEqual(written.filter((id) => id > resumeAfter));
    // A stream that starts now gets an unbroken run up to the end, from wherever "now" was.
    const firstFresh = fresh.ids()[0] ?? 0;
    expect(fresh.ids()).toEqual(written.filter((id) => id >= firstFresh));
    await Promise.all([first.close(), resumed.close(), fresh.close()]);
  }, 60_000);
});

it('leaves the stream to the caller when nothing runs a feed: E_UNAVAILABLE', async () => {
  let refused: unknown;
  try {
    openStream(testDeps, lead);
  } catch (error) {
    refused = error;
  }
  expect((refused as DomainError).code).toBe('E_UNAVAILABLE');
});
