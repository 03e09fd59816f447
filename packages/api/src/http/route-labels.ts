import { createOpenApiDocument } from '../openapi-document.ts';
import { appRouter } from '../root.ts';
import { REST_PREFIX, TRPC_PREFIX } from './mount-points.ts';
import { createRouteTable } from './route-table.ts';

// Metrics label requests by route, not by path: a label per ticket key would be a new time series
// per ticket. Anything that matches no route shares one label.
const UNMATCHED = '(unmatched)';

let routes: ReturnType<typeof createRouteTable> | undefined;

/** `/api/v1/tickets/{key}` for `GET /api/v1/tickets/TSK-1`. */
export function restRouteLabel(method: string | undefined, path: string): string {
  routes ??= createRouteTable(createOpenApiDocument());
  const template = routes.templateOf(method, path.slice(REST_PREFIX.length) || '/');
  return template ? `${REST_PREFIX}${template}` : UNMATCHED;
}

const procedures = new Set(Object.keys(appRouter._def.procedures));

/** `/trpc/tickets.get`; a batch of several procedures is `/trpc/(batch)`. */
export function trpcRouteLabel(path: string): string {
  const name = path.slice(TRPC_PREFIX.length + 1);
  if (name.includes(',')) return `${TRPC_PREFIX}/(batch)`;
  return procedures.has(name) ? `${TRPC_PREFIX}/${name}` : UNMATCHED;
}
