import type { Database } from '@ticketing/db/client';
import { events, notifications } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, gt, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { consumeBatch, type EventConsumer } from '../src/events/consume.ts';
import { eventsHorizon } from '../src/events/horizon.ts';
import { inboxConsumer } from '../src/notifications/inbox-consumer.ts';
import { makeActor, makeProject, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { domain } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
// A second pool on the same database (PostgreSQL), as a second server process has.
const other = await deps.connection.reopen();

const PEOPLE = 5;
const TICKETS = 4;
const COMMENTS_EACH = 15;
const BULK_UPDATES = 15;
const DEADLINE_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const people = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => makeActor(db, { name: `Person ${i}` })));
const [first, ...rest] = people;
if (!first) throw new Error('no people');
const owner = first;
const project = await makeProject(deps, owner.actor, {
  members: rest.map((person) => ({ userId: person.user.id, role: 'member' as const })),
});
const tickets = await Promise.all(Array.from({ length: TICKETS }, () => makeTicket(deps, owner.actor, project.key)));
// Everyone watches every ticket: each event concerns everyone but its actor.
for (const person of rest) for (const ticket of tickets) await api.setWatching(person.actor, ticket.key, true);

/** The inbox consumer as a process runs it, noting which events each committed batch handled. */
function recording(handled: number[]): EventConsumer {
  return {
    ...inboxConsumer,
    // Small batches: the two processes take turns many times.
    batchSize: 5,
    async handle(tx, batch) {
      await inboxConsumer.handle(tx, batch);
      handled.push(...batch.map((event) => event.id));
    },
  };
}

async function consumeUntil(on: Database, consumer: EventConsumer, done: () => boolean): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!done() && Date.now() < deadline) {
    if ((await consumeBatch(on, consumer)) === 0) await sleep(2);
  }
}

async function comments(person: (typeof people)[number]): Promise<void> {
  for (let i = 0; i < COMMENTS_EACH; i++) {
    const ticket = tickets[(i + people.indexOf(person)) % TICKETS];
    if (ticket) await api.addComment(person.actor, { key: ticket.key, body: `comment ${i}` });
  }
}

/** Bulk updates lock every ticket (in key order) while the inbox writes notifications on them. */
async function bulkUpdates(): Promise<void> {
  for (let i = 0; i < BULK_UPDATES; i++) {
    const current = await Promise.all(tickets.map((ticket) => api.getTicket(owner.actor, ticket.key)));
    await api.bulkUpdate(owner.actor, {
      tickets: current.map((ticket) => ({ key: ticket.key, version: ticket.version })),
      changes: { priority: i % 2 === 0 ? 'high' : 'low' },
    });
  }
}

describe('the inbox with two processes consuming at once', () => {
  it(`makes each notification exactly once while writers and bulk updates run${concurrencyNote(deps.connection.kind)}`, async () => {
    // Both processes start the consumer "from now", before the writes.
    await consumeBatch(db, inboxConsumer);
    const start = (await eventsHorizon(db)) - 1;

    const handled: number[] = [];
    let writing = true;
    const consumers = [db, other.db].map((on) => consumeUntil(on, recording(handled), () => !writing));
    await Promise.all([...people.map(comments), bulkUpdates()]).finally(() => {
      writing = false;
    });
    await Promise.all(consumers);
    while ((await consumeBatch(other.db, recording(handled))) > 0) {
      // The rest, after the writers.
    }

    const written = await db
      .select()
      .from(events)
      .where(
        and(
          gt(events.id, start),
          inArray(
            events.ticketId,
            tickets.map((ticket) => ticket.id),
          ),
        ),
      );
    expect(written).toHaveLength(PEOPLE * COMMENTS_EACH + BULK_UPDATES * TICKETS);
    // Every event handed to the inbox once, in one committed batch.
    expect([...handled].sort((a, b) => a - b)).toEqual(written.map((event) => event.id).sort((a, b) => a - b));

    const expected = written.flatMap((event) =>
      people
        .filter((person) => person.user.id !== event.actorId)
        .map((person) => `${event.id} ${person.user.id} ${event.type === 'comment.added' ? 'commented' : 'updated'}`),
    );
    const made = await db.select().from(notifications).where(gt(notifications.eventId, start));
    expect(made.map((row) => `${row.eventId} ${row.userId} ${row.reason}`).sort()).toEqual(expected.sort());
  });
});
