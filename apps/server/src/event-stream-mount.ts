import { EVENT_STREAM_PATH } from '@ticketing/api/http/event-stream-openapi';
import type { ApiHandler } from '@ticketing/api/http/handler-options';
import { REST_PREFIX } from '@ticketing/api/http/mount-points';
import type { Mount } from './mount.ts';

/**
 * GET /api/v1/events/stream, the live event stream. Mounted before the REST API, which would
 * otherwise claim the path (the route table, derived from the OpenAPI document, lists it); other
 * methods fall through to it and get its 405.
 */
export function eventStreamMount(handler: ApiHandler): Mount {
  return {
    path: `${REST_PREFIX}${EVENT_STREAM_PATH}`,
    exact: true,
    methods: ['GET'],
    bodyLimit: 0,
    handle: (req, res, { body }) => handler(req, res, body),
  };
}
