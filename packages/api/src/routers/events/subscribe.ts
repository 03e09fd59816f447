import { joinLiveFeed, liveEvents } from '@ticketing/core/events/live-events';
import { liveEventsInput } from '@ticketing/core/events/live-schemas';
import { type Event, eventSchema } from '@ticketing/core/events/schemas';
import { isTrackedEnvelope, type TrackedEnvelope, tracked } from '@trpc/server';
import { z } from 'zod';
import { withDomainCode } from '../../errors.ts';
import { authedProcedure } from '../../trpc.ts';

type EventStream = AsyncIterable<TrackedEnvelope<Event>>;

const isEventStream = (value: unknown): value is EventStream =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** A subscription's output is its stream: each event is checked against eventSchema as it goes out. */
const eventStreamSchema = z.custom<EventStream>(isEventStream).transform(async function* (stream) {
  for await (const envelope of stream) {
    if (!isTrackedEnvelope<Event>(envelope)) throw new Error('an event left the stream untracked');
    yield tracked(envelope[0], eventSchema.parse(envelope[1]));
  }
});

export const subscribe = authedProcedure
  .input(liveEventsInput)
  .output(eventStreamSchema)
  .subscription(async function* ({ ctx, input, signal }) {
    try {
      const tap = joinLiveFeed(ctx.deps, ctx.actor);
      for await (const event of liveEvents(ctx.deps, ctx.actor, input, tap, signal)) {
        yield tracked(String(event.id), event);
      }
    } catch (error) {
      // Raised while streaming, past the procedure's middlewares: the same mapping, so a client is
      // told E_RATE_LIMITED (and stops) or E_UNAVAILABLE (and reconnects), never a bare 500.
      throw withDomainCode(error);
    }
    // A live feed does not end of itself: when it does (the server is stopping, the client fell
    // behind, its time is up), tRPC must not send its final `return` message, which would close the
    // subscription for good. Ending as aborted leaves the client's EventSource to reconnect,
    // resuming after the last event id it received.
    throw new DOMException('The live stream ended; reconnect to resume', 'AbortError');
  });
