import type { Database, Transaction } from '@ticketing/db/client';
import { type EventRow, eventConsumers, events } from '@ticketing/db/schema';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { eventsHorizon } from './horizon.ts';

export interface EventConsumer {
  /** Stable and unique: the consumer's position is stored under it. */
  name: string;
  /** Where a consumer run for the first time starts: at the first event ever, or from now on. */
  from: 'beginning' | 'now';
  batchSize?: number;
  /**
   * Handles a batch, in id order, inside the transaction that then moves the consumer's position
   * past it: what it writes to the database happens exactly once. Throwing rolls both back, and the
   * batch comes again.
   */
  handle(tx: Transaction, batch: EventRow[]): Promise<void>;
}

const DEFAULT_BATCH = 200;

/**
 * The consumers whose position row this process has seen exist, per database: registering is a
 * statement, and it ran before every batch of every consumer (three a round, ten rounds a second under
 * a stream of writes) although the row, once there, stays.
 */
const registeredConsumers = new WeakMap<Database, Set<string>>();
function registeredOn(db: Database): Set<string> {
  let names = registeredConsumers.get(db);
  if (!names) {
    names = new Set();
    registeredConsumers.set(db, names);
  }
  return names;
}

/** The most events one batch of this consumer takes. */
export const batchSizeOf = (consumer: EventConsumer) => consumer.batchSize ?? DEFAULT_BATCH;

/**
 * Runs one batch of a consumer, if there is one: returns how many events it handled (0: nothing
 * new, or another process is handling this consumer right now). Every server process may call this
 * for every consumer; the consumer's row lock (skipped when taken) makes each batch run once.
 * `horizon`, when given, is an events_horizon() read before this call (runConsumers reads one for all
 * its consumers: each read scans pg_locks); otherwise it is read here.
 */
export async function consumeBatch(db: Database, consumer: EventConsumer, horizon?: number): Promise<number> {
  const registered = registeredOn(db);
  if (!registered.has(consumer.name)) {
    const start = consumer.from === 'beginning' ? sql`0` : sql`events_horizon() - 1`;
    // The start is computed only for a consumer not registered yet.
    await db.execute(sql`
      insert into event_consumers (name, last_event_id) select ${consumer.name}, ${start}
      where not exists (select 1 from event_consumers where name = ${consumer.name})
      on conflict (name) do nothing`);
    registered.add(consumer.name);
  }
  return db.transaction(async (tx) => {
    const [position] = await tx
      .select({ lastEventId: eventConsumers.lastEventId })
      .from(eventConsumers)
      .where(eq(eventConsumers.name, consumer.name))
      .for('update', { skipLocked: true });
    if (!position) {
      // Another process holds it (the usual case), or its row is gone: the next batch registers it again.
      registered.delete(consumer.name);
      return 0;
    }
    const below = horizon ?? (await eventsHorizon(tx));
    const batch = await tx
      .select()
      .from(events)
      .where(and(gt(events.id, position.lastEventId), lt(events.id, below)))
      .orderBy(asc(events.id))
      .limit(batchSizeOf(consumer));
    const last = batch.at(-1);
    if (!last) return 0;
    await consumer.handle(tx, batch);
    await tx
      .update(eventConsumers)
      .set({ lastEventId: last.id, updatedAt: new Date() })
      .where(eq(eventConsumers.name, consumer.name));
    return batch.length;
  });
}
