import type { z } from 'zod';
import type { Actor } from '../../src/actor.ts';
import type { Deps } from '../../src/deps.ts';
import { eventsHorizon } from '../../src/events/horizon.ts';
import { joinLiveFeed, liveEvents } from '../../src/events/live-events.ts';
import { liveEventsInput } from '../../src/events/live-schemas.ts';
import type { LiveTap } from '../../src/events/live-tap.ts';
import type { Event } from '../../src/events/schemas.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds, looking every 10 ms, for at most `ms`: a bound on a wait, not a timing claim. */
export async function until(done: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(10);
  }
}

export interface OpenStream {
  tap: LiveTap;
  events: Event[];
  ids(): number[];
  /** Settles when the stream ends by itself (it rejects if the stream threw). */
  ended: Promise<void>;
  hasEnded(): boolean;
  /** Waits until an event matching `predicate` has arrived. */
  receives(predicate: (event: Event) => boolean, what: string): Promise<Event>;
  /** The client goes away. */
  close(): Promise<void>;
}

/** A stream as a transport runs it: joined, then drained into `events` until it ends or is closed. */
export function openStream(deps: Deps, actor: Actor, input: z.input<typeof liveEventsInput> = {}): OpenStream {
  const abort = new AbortController();
  const tap = joinLiveFeed(deps, actor);
  const events: Event[] = [];
  let over = false;
  const ended = (async () => {
    try {
      for await (const event of liveEvents(deps, actor, liveEventsInput.parse(input), tap, abort.signal)) {
        events.push(event);
      }
    } finally {
      over = true;
    }
  })();
  // Observed by ended/hasEnded; a rejection is the test's to see, not an unhandled one.
  ended.catch(() => {});
  return {
    tap,
    events,
    ids: () => events.map((event) => event.id),
    ended,
    hasEnded: () => over,
    async receives(predicate, what) {
      await until(() => events.some(predicate) || over, what);
      const found = events.find(predicate);
      if (!found) throw new Error(`the stream ended before: ${what}`);
      return found;
    },
    async close() {
      abort.abort();
      await ended.catch(() => {});
    },
  };
}

/** The id of the last settled event: a stream resuming after it gets everything that comes next. */
export const position = async (deps: Deps) => (await eventsHorizon(deps.db)) - 1;
