import type { ApiHandler } from '@ticketing/api/http/handler-options';
import { REST_PREFIX, TRPC_PREFIX } from '@ticketing/api/http/mount-points';
import { restRouteLabel, trpcRouteLabel } from '@ticketing/api/http/route-labels';
import { writeError } from '@ticketing/api/http/write-error';
import { serveDocs } from './docs.ts';
import type { Mount } from './mount.ts';
import { BODY_LIMIT_BYTES } from './read-body.ts';

const OPENAPI_PATH = `${REST_PREFIX}/openapi.json`;

/** tRPC, REST, the OpenAPI document and its reference page. */
export function apiMounts(options: { trpc: ApiHandler; rest: ApiHandler; openApiDocument: () => unknown }): Mount[] {
  let openApiJson: string | undefined;
  return [
    {
      path: OPENAPI_PATH,
      exact: true,
      methods: ['GET'],
      bodyLimit: 0,
      handle: async (_req, res) => {
        openApiJson ??= JSON.stringify(options.openApiDocument());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(openApiJson);
      },
    },
    {
      path: '/docs',
      methods: ['GET'],
      bodyLimit: 0,
      handle: async (req, res, { path }) => {
        if (!(await serveDocs(path, res, OPENAPI_PATH)))
          writeError(res, 'E_NOT_FOUND', `No route for ${req.method} ${path}`);
      },
    },
    {
      path: TRPC_PREFIX,
      bodyLimit: BODY_LIMIT_BYTES,
      handle: (req, res, { body }) => options.trpc(req, res, body),
      routeOf: (_method, path) => trpcRouteLabel(path),
    },
    {
      path: REST_PREFIX,
      bodyLimit: BODY_LIMIT_BYTES,
      handle: (req, res, { body }) => options.rest(req, res, body),
      routeOf: restRouteLabel,
    },
  ];
}
