import { defaultLiveLimits } from '@ticketing/core/events/live-limits';
import { EVENT_ID_MAX_DIGITS } from '@ticketing/core/events/live-schemas';
import type { OpenAPIObject } from 'trpc-to-openapi';

type PathItem = NonNullable<OpenAPIObject['paths']>[string];
type Operation = NonNullable<PathItem['get']>;

/** Where the event stream is, under the REST mount point. */
export const EVENT_STREAM_PATH = '/events/stream';

const { heartbeatMs, maxDurationMs, streamsPerUser } = defaultLiveLimits;

const eventId = { type: 'string' as const, pattern: '^[0-9]+$', maxLength: EVENT_ID_MAX_DIGITS };

/**
 * The stream's entry in the OpenAPI document, written by hand: trpc-to-openapi cannot describe a
 * subscription. Its filters are events.list's, taken from that operation (`feed`) as generated, so
 * the two cannot drift apart.
 */
export function eventStreamPathItem(feed: Operation): PathItem {
  const filters = (feed.parameters ?? []).filter(
    (parameter) => 'name' in parameter && ['projectKeys', 'types'].includes(parameter.name),
  );
  return {
    get: {
      operationId: 'events-stream',
      summary: 'The event feed, live: a text/event-stream of what happens in your projects',
      description: [
        'The events of `GET /events` (same scope: only projects you can read; same `projectKeys` and `types` filters) as server-sent events, as they commit, for tools such as an EventSource or `curl -N`.',
        `Each event is one message: \`id:\` is its id and \`data:\` the event as JSON (the \`Event\` schema). A comment line (\`: heartbeat\`) comes every ${heartbeatMs / 1000} s.`,
        'To resume without a gap, reconnect with the last id you received as the `Last-Event-ID` header (an EventSource does this by itself) or the `lastEventId` parameter: every event after it comes first, then live ones. Without either the stream starts now.',
        `The server ends a stream after ${maxDurationMs / 60_000} minutes, when it stops, or when the client does not keep up: reconnect and resume. A stream whose credential is revoked ends and its reconnection is refused (401). At most ${streamsPerUser} streams per user are open at once on a server (429 past that). Opening a stream counts against the rate limit.`,
      ].join('\n\n'),
      tags: ['events'],
      ...(feed.security ? { security: feed.security } : {}),
      parameters: [
        ...filters,
        {
          in: 'query',
          name: 'lastEventId',
          description: 'Resume after this event id (the `Last-Event-ID` header wins when both are sent)',
          schema: eventId,
        },
        {
          in: 'header',
          name: 'Last-Event-ID',
          description: 'The id of the last event received; an EventSource sends it when it reconnects',
          schema: eventId,
        },
      ],
      responses: {
        '200': {
          description:
            'The stream: one message per event (`id:` its id, `data:` the Event as JSON), heartbeat comments between',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
      },
    },
  };
}
