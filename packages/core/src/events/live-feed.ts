import type { Database } from '@ticketing/db/client';
import type { Listen } from '../background/background-task.ts';
import { WakeSignal } from '../background/wake-signal.ts';
import { DomainError } from '../errors.ts';
import { eventsHorizon } from './horizon.ts';
import { defaultLiveLimits, type LiveLimits } from './live-limits.ts';
import { LiveTap } from './live-tap.ts';
import { readEvents } from './read-events.ts';
import { EVENTS_CHANNEL } from './record-events.ts';

export interface LiveFeedOptions {
  db: Database;
  listen: Listen;
  limits?: Partial<LiveLimits>;
  /**
   * How often to look when no NOTIFY came: one is lost only while the LISTEN connection is down (an
   * outage), so this is a slow fallback, not the way events arrive.
   */
  pollMs?: number;
  /** Events read per statement. */
  batchSize?: number;
  /** A read that failed (it is retried): for the log. */
  onError(error: unknown): void;
}

/** The one fan-out of committed events to the live streams of this process. */
export interface LiveFeed {
  readonly limits: LiveLimits;
  /** Streams open in this process now. */
  readonly streams: number;
  /**
   * A tap for one stream of `userId`: every event the feed reads from now on. Refused with
   * E_RATE_LIMITED past `streamsPerUser` open streams; already ended once the feed is stopping, so
   * that a stream opened then ends at once.
   */
  join(userId: string): LiveTap;
  /** Ends every tap at once (their clients reconnect, elsewhere), refuses new ones, stops reading. */
  stop(): Promise<void>;
}

const DEFAULT_POLL_MS = 5_000;
/**
 * With no stream open the feed only keeps its cursor near the present, and reading the horizon scans
 * pg_locks, which holds up every lock taken in the database meanwhile: doing it on every commit, in
 * every process, made writes of all processes on the database half as fast under load (creates at
 * c=32 with an idle WORKERS=2 server beside: 150 → 80 req/s). Once a second is enough: a stream that
 * joins gets the events since then from the feed instead of from its replay.
 */
const IDLE_FOLLOW_MS = 1_000;
const ERROR_BACKOFF_MS = 1_000;

/**
 * Reads new settled events with readEvents (so the feed never skips one that commits late, nor
 * reorders), one statement per batch however many streams are open, and hands each batch to every
 * tap; each stream filters it by its own scope. Wakes on NOTIFY (sent at commit, from any process
 * on the database) and polls as a fallback. With no tap open it only follows the horizon.
 */
export async function startLiveFeed(options: LiveFeedOptions): Promise<LiveFeed> {
  const limits: LiveLimits = { ...defaultLiveLimits, ...options.limits };
  const batchSize = options.batchSize ?? 500;
  const taps = new Set<LiveTap>();
  const openPerUser = new Map<string, number>();
  let cursor = (await eventsHorizon(options.db)) - 1;
  let followedAt = Date.now();
  let running = true;
  let stopped: Promise<void> | undefined;
  const wake = new WakeSignal();
  const unlisten = await options.listen(EVENTS_CHANNEL, () => wake.fire());

  const left = (tap: LiveTap) => {
    if (!taps.delete(tap)) return;
    const open = (openPerUser.get(tap.userId) ?? 1) - 1;
    if (open > 0) openPerUser.set(tap.userId, open);
    else openPerUser.delete(tap.userId);
  };

  /** Reads until caught up. A tap joining meanwhile gets the batch in flight too: none is skipped. */
  async function drain(): Promise<void> {
    while (running) {
      if (taps.size === 0) {
        if (Date.now() - followedAt < IDLE_FOLLOW_MS) return;
        const horizon = await eventsHorizon(options.db);
        // Moving on is safe only if no tap joined during the read; otherwise read what it needs.
        if (taps.size === 0) {
          cursor = Math.max(cursor, horizon - 1);
          followedAt = Date.now();
          return;
        }
        continue;
      }
      const page = await readEvents(options.db, { after: cursor, limit: batchSize, where: [] });
      if (!running) return;
      // Synchronously with the move of the cursor: a tap's `from` is always where its batches start.
      cursor = page.nextAfter;
      if (page.items.length > 0) for (const tap of taps) tap.push(page.items);
      if (page.items.length < batchSize) return;
    }
  }

  const loop = (async () => {
    while (running) {
      try {
        await drain();
        await wake.wait(options.pollMs ?? DEFAULT_POLL_MS);
      } catch (error) {
        options.onError(error);
        await wake.wait(ERROR_BACKOFF_MS);
      }
    }
  })();

  return {
    limits,
    get streams() {
      return taps.size;
    },
    join(userId) {
      if (!running) {
        const ended = new LiveTap(userId, cursor, 0, limits.maxDurationMs, () => {});
        ended.end('stopped');
        return ended;
      }
      const open = openPerUser.get(userId) ?? 0;
      if (open >= limits.streamsPerUser) {
        throw new DomainError(
          'E_RATE_LIMITED',
          `At most ${limits.streamsPerUser} live event streams per user are open at once; close one first`,
          { limit: limits.streamsPerUser },
        );
      }
      const tap = new LiveTap(userId, cursor, limits.bufferedEvents, limits.maxDurationMs, left);
      taps.add(tap);
      openPerUser.set(userId, open + 1);
      return tap;
    },
    stop() {
      stopped ??= (async () => {
        running = false;
        for (const tap of [...taps]) tap.end('stopped');
        wake.fire();
        await loop;
        await unlisten();
      })();
      return stopped;
    },
  };
}
