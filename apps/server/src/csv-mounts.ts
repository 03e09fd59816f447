import type { createReportCsvHandler } from '@ticketing/api/http/csv-export';
import { REPORTS_PATH, TICKETS_EXPORT_PATH } from '@ticketing/api/http/csv-export-openapi';
import type { ApiHandler } from '@ticketing/api/http/handler-options';
import { REST_PREFIX } from '@ticketing/api/http/mount-points';
import { restRouteLabel } from '@ticketing/api/http/route-labels';
import type { Mount } from './mount.ts';

/**
 * CSV: the ticket export, and the reports with `format=csv` (any other report request goes on to the
 * REST API). Mounted before it: its route table would read `export.csv` as a ticket key.
 */
export function csvMounts(handlers: {
  tickets: ApiHandler;
  report: ReturnType<typeof createReportCsvHandler>;
  rest: ApiHandler;
}): Mount[] {
  return [
    {
      path: `${REST_PREFIX}${TICKETS_EXPORT_PATH}`,
      exact: true,
      methods: ['GET'],
      bodyLimit: 0,
      handle: (req, res, { body }) => handlers.tickets(req, res, body),
    },
    {
      path: `${REST_PREFIX}${REPORTS_PATH}`,
      methods: ['GET'],
      bodyLimit: 0,
      handle: async (req, res, { body }) => {
        if (!(await handlers.report(req, res))) await handlers.rest(req, res, body);
      },
      routeOf: restRouteLabel,
    },
  ];
}
