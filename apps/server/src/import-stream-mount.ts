import type { ApiHandler } from '@ticketing/api/http/handler-options';
import type { createImportStreamHandler } from '@ticketing/api/http/import-stream';
import { REST_PREFIX } from '@ticketing/api/http/mount-points';
import { restRouteLabel } from '@ticketing/api/http/route-labels';
import type { Mount } from './mount.ts';
import { BODY_LIMIT_BYTES } from './read-body.ts';

/**
 * `POST /api/v1/projects/{key}/import` with `Accept: application/x-ndjson`: the import streaming its
 * progress. Any other request under /projects goes on to the REST API.
 */
export function importStreamMount(handlers: {
  stream: ReturnType<typeof createImportStreamHandler>;
  rest: ApiHandler;
}): Mount {
  return {
    path: `${REST_PREFIX}/projects`,
    methods: ['POST'],
    bodyLimit: BODY_LIMIT_BYTES,
    handle: async (req, res, { body }) => {
      if (!(await handlers.stream(req, res, body))) await handlers.rest(req, res, body);
    },
    routeOf: restRouteLabel,
  };
}
