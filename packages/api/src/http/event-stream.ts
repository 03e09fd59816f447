import type { IncomingMessage } from 'node:http';
import { joinLiveFeed, liveEvents } from '@ticketing/core/events/live-events';
import { defaultLiveLimits } from '@ticketing/core/events/live-limits';
import { type LiveEventsInput, liveEventsInput } from '@ticketing/core/events/live-schemas';
import { createContext } from '../context.ts';
import { failingFields, validationMessage } from '../errors.ts';
import { drained } from './drained.ts';
import { EVENT_STREAM_PATH } from './event-stream-openapi.ts';
import type { ApiHandler, ApiHandlerOptions } from './handler-options.ts';
import { REST_PREFIX } from './mount-points.ts';
import { prototypeNamedParams } from './prototype-params.ts';
import { requestInfoFrom } from './request-info.ts';
import { errorBody, writeError } from './write-error.ts';
import { publicErrorOf, writeFailure } from './write-failure.ts';

const PATH = `${REST_PREFIX}${EVENT_STREAM_PATH}`;

/**
 * The stream's input from its query (events.list's filters, a list either comma-separated or
 * repeated) and Last-Event-ID, which an EventSource sends when it reconnects (the header wins over
 * a `lastEventId` parameter).
 */
function streamInputOf(
  req: IncomingMessage,
): { ok: true; value: LiveEventsInput } | { ok: false; fields: Record<string, string[]> } {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const list = (name: string) => (url.searchParams.has(name) ? url.searchParams.getAll(name).join(',') : undefined);
  const parsed = liveEventsInput.safeParse({
    projectKeys: list('projectKeys'),
    types: list('types'),
    lastEventId: req.headers['last-event-id'] ?? url.searchParams.get('lastEventId') ?? undefined,
  });
  // As on the REST API (see prototypeNamedParams).
  const refused = prototypeNamedParams(url.searchParams);
  if (parsed.success && refused.length === 0) return { ok: true, value: parsed.data };
  const message = 'Not a parameter of this API (names of built-in object properties are refused)';
  return {
    ok: false,
    fields: {
      ...(parsed.success ? {} : failingFields(parsed.error)),
      ...Object.fromEntries(refused.map((name) => [name, [message]])),
    },
  };
}

/**
 * `GET /api/v1/events/stream`: events.subscribe for tools that speak plain server-sent events.
 * Authenticated and rate-limited as the REST API is (Bearer session or API token, or the session
 * cookie), with its error shape until the stream begins. Then one message per event (`id:` and
 * `data:` JSON), a heartbeat comment now and then, and at the end of the stream (server stopping,
 * client behind, time up) the response simply ends: an EventSource reconnects with Last-Event-ID.
 */
export function createEventStreamHandler(options: ApiHandlerOptions): ApiHandler {
  return async (req, res) => {
    let context: Awaited<ReturnType<typeof createContext>>;
    try {
      context = await createContext(options.deps, requestInfoFrom(req, res, options), options.rateLimit);
    } catch (error) {
      return writeFailure(res, error, options, PATH);
    }
    const { actor, deps } = context;
    if (!actor) return writeError(res, 'E_UNAUTHENTICATED', 'Authentication required');

    const input = streamInputOf(req);
    if (!input.ok) return writeError(res, 'E_VALIDATION', validationMessage(input.fields), { fields: input.fields });

    let tap: ReturnType<typeof joinLiveFeed>;
    try {
      tap = joinLiveFeed(deps, actor);
    } catch (error) {
      return writeFailure(res, error, options, PATH);
    }
    const abort = new AbortController();
    res.once('close', () => abort.abort());
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // Nginx and the like would otherwise hold events back to fill a buffer.
      'x-accel-buffering': 'no',
    });
    // Sends the headers now: the client knows the stream is open before the first event.
    res.write(': connected\n\n');
    const { heartbeatMs } = deps.live?.limits ?? defaultLiveLimits;
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    try {
      for await (const event of liveEvents(deps, actor, input.value, tap, abort.signal)) {
        if (!res.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`)) await drained(res);
      }
    } catch (error) {
      // Past the headers: the error goes as a message of its own, then the stream ends.
      const { publicError } = publicErrorOf(error, options, PATH);
      const body = errorBody(publicError.error, publicError.message, publicError.details);
      res.write(`event: error\ndata: ${body}\n\n`);
    } finally {
      clearInterval(heartbeat);
      tap.end('left');
      res.end();
    }
  };
}
