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
 * Runs one batch of a consumer, if there is one: returns how many events it handled (0: nothing
 * new, or another process is handling this consumer right now). Every server process may call this
 * for every consumer; the consumer's row lock (skipped when taken) makes each batch run once.
 */
export async function consumeBatch(db: Database, consumer: EventConsumer): Promise<number> {
  const start = consumer.from === 'beginning' ? sql`0` : sql`events_horizon() - 1`;
  await db
    .insert(eventConsumers)
    .values({ name: consumer.name, lastEventId: start })
    .onConflictDoNothing({ target: eventConsumers.name });
  return db.transaction(async (tx) => {
    const [position] = await tx
      .select({ lastEventId: eventConsumers.lastEventId })
      .from(eventConsumers)
      .where(eq(eventConsumers.name, consumer.name))
      .for('update', { skipLocked: true });
    if (!position) return 0;
    const horizon = await eventsHorizon(tx);
    const batch = await tx
      .select()
      .from(events)
      .where(and(gt(events.id, position.lastEventId), lt(events.id, horizon)))
      .orderBy(asc(events.id))
      .limit(consumer.batchSize ?? DEFAULT_BATCH);
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
