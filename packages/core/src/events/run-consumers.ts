import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@ticketing/db/client';
import type { BackgroundTask, Listen } from '../background/background-task.ts';
import { WakeSignal } from '../background/wake-signal.ts';
import { batchSizeOf, consumeBatch, type EventConsumer } from './consume.ts';
import { eventsHorizon } from './horizon.ts';
import { EVENTS_CHANNEL } from './record-events.ts';

export interface RunConsumersOptions {
  db: Database;
  listen: Listen;
  consumers: readonly EventConsumer[];
  /** How often to look when no NOTIFY came (it can be lost while the database is away). */
  pollMs?: number;
  /** How long a wake-up waits for more commits to join its batches. */
  gatherMs?: number;
  /** A batch that failed (it is retried): for the log. */
  onError(consumer: string, error: unknown): void;
}

const ERROR_BACKOFF_MS = 1_000;
/**
 * Under a steady stream of writes every commit NOTIFYs; woken by each, the consumers would run their
 * transactions (and read the horizon, a scan of pg_locks that holds up every lock taken in the
 * database meanwhile) once per commit in every process: an idle WORKERS=2 server beside another
 * halved its creates. Waiting this long after a wake-up lets the commits of those milliseconds share
 * one round: at most 1000/gatherMs rounds a second per process, for this much more latency.
 */
const GATHER_MS = 100;

/**
 * Runs every consumer in this process, in rounds: one horizon read, then a batch of each consumer,
 * side by side; another round at once while some batch came back full, else sleep until a commit
 * NOTIFYs (or `pollMs` passes) and gather for `gatherMs`. Every process may run the same consumers;
 * each batch runs once (see consumeBatch). stop() lets the round in progress finish.
 */
export async function runConsumers(options: RunConsumersOptions): Promise<BackgroundTask> {
  const wake = new WakeSignal();
  let running = true;
  const unlisten = await options.listen(EVENTS_CHANNEL, () => wake.fire());
  const round = async (): Promise<{ more: boolean; failed: boolean }> => {
    const horizon = await eventsHorizon(options.db);
    let more = false;
    let failed = false;
    // Side by side, as independent loops were: a slow batch of one (the inbox's, say) does not hold
    // up the others' (the rules').
    await Promise.all(
      options.consumers.map(async (consumer) => {
        try {
          if ((await consumeBatch(options.db, consumer, horizon)) >= batchSizeOf(consumer)) more = true;
        } catch (error) {
          options.onError(consumer.name, error);
          failed = true;
        }
      }),
    );
    return { more, failed };
  };
  const loop = (async () => {
    while (running) {
      try {
        const { more, failed } = await round();
        if (failed) await wake.wait(ERROR_BACKOFF_MS);
        else if (more) continue;
        else await wake.wait(options.pollMs ?? 1_000);
        if (running) await sleep(options.gatherMs ?? GATHER_MS);
      } catch (error) {
        options.onError('events horizon', error);
        await wake.wait(ERROR_BACKOFF_MS);
      }
    }
  })();
  return {
    name: 'event consumers',
    async stop() {
      running = false;
      wake.fire();
      await loop;
      await unlisten();
    },
  };
}
