import type { Database } from '@ticketing/db/client';
import type { BackgroundTask, Listen } from '../background/background-task.ts';
import { WakeSignal } from '../background/wake-signal.ts';
import { consumeBatch, type EventConsumer } from './consume.ts';
import { EVENTS_CHANNEL } from './record-events.ts';

export interface RunConsumersOptions {
  db: Database;
  listen: Listen;
  consumers: readonly EventConsumer[];
  /** How often to look when no NOTIFY came (it can be lost while the database is away). */
  pollMs?: number;
  /** A batch that failed (it is retried): for the log. */
  onError(consumer: string, error: unknown): void;
}

const ERROR_BACKOFF_MS = 1_000;

/**
 * Runs every consumer in this process: each drains its new events, then sleeps until a commit
 * NOTIFYs or `pollMs` passes. Every process may run the same consumers; each batch runs once (see
 * consumeBatch). stop() lets the batches in progress finish.
 */
export async function runConsumers(options: RunConsumersOptions): Promise<BackgroundTask> {
  const signals = options.consumers.map(() => new WakeSignal());
  const wakeAll = () => {
    for (const signal of signals) signal.fire();
  };
  let running = true;
  const unlisten = await options.listen(EVENTS_CHANNEL, wakeAll);
  const loop = async (consumer: EventConsumer, wake: WakeSignal) => {
    while (running) {
      try {
        while (running && (await consumeBatch(options.db, consumer)) > 0) {
          // Drain: another batch may be waiting.
        }
        await wake.wait(options.pollMs ?? 1_000);
      } catch (error) {
        options.onError(consumer.name, error);
        await wake.wait(ERROR_BACKOFF_MS);
      }
    }
  };
  const loops = options.consumers.map((consumer, i) => loop(consumer, signals[i] ?? new WakeSignal()));
  return {
    name: 'event consumers',
    async stop() {
      running = false;
      wakeAll();
      await Promise.all(loops);
      await unlisten();
    },
  };
}
