import { z } from 'zod';
import { listEventsInput } from './schemas.ts';

const eventId = z
  .number({ message: 'lastEventId is an event id (a whole number)' })
  .int('lastEventId is an event id (a whole number)')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

/** The digits an event id has at most (Number.MAX_SAFE_INTEGER). */
export const EVENT_ID_MAX_DIGITS = 16;

/**
 * The last event a client received: a number from tRPC, or the text of the `id:` field that an
 * EventSource sends back (Last-Event-ID) when it reconnects.
 */
const lastEventIdSchema = z
  .union([
    eventId,
    z
      .string()
      .max(EVENT_ID_MAX_DIGITS, 'lastEventId is an event id (a whole number)')
      .regex(/^\d+$/, 'lastEventId is an event id (a whole number)')
      .transform(Number)
      .pipe(eventId),
  ])
  .nullish()
  .describe('Resume after this event id: every event after it is sent first, then live ones');

/** A live stream: the scope and filters of events.list, and where to resume. */
export const liveEventsInput = z.object({
  projectKeys: listEventsInput.shape.projectKeys,
  types: listEventsInput.shape.types,
  lastEventId: lastEventIdSchema,
});
export type LiveEventsInput = z.infer<typeof liveEventsInput>;
