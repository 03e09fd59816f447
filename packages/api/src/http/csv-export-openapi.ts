import { reportsAsTables } from '@ticketing/core/reports/report-csv';
import type { OpenAPIObject } from 'trpc-to-openapi';

/** Where the ticket export is, under the REST mount point. */
export const TICKETS_EXPORT_PATH = '/tickets/export.csv';
/** Where the reports are, under the REST mount point; each also answers `format=csv`. */
export const REPORTS_PATH = '/reports';

type PathItem = NonNullable<OpenAPIObject['paths']>[string];
type Operation = NonNullable<PathItem['get']>;

/**
 * The ticket export's entry, written by hand (it streams CSV, which no procedure does). Its
 * parameters are the list's filters, taken from GET /tickets as generated.
 */
export function ticketsExportPathItem(list: Operation): PathItem {
  const paging = ['sort', 'order', 'limit', 'cursor', 'includeTotal'];
  const parameters = (list.parameters ?? []).filter(
    (parameter) => 'name' in parameter && !paging.includes(parameter.name),
  );
  return {
    get: {
      operationId: 'tickets-export',
      summary: 'Every ticket a query finds, as CSV (streamed)',
      description:
        "RFC 4180, UTF-8 with a byte order mark and a header row; cells starting with =, +, -, @, tab or CR get a leading `'` (no formula injection). Oldest first, read a batch at a time: a million rows stream with flat server memory. An error found before the first byte is the usual JSON error; one in the middle cuts the response off. Reports take `format=csv` for the same.",
      tags: ['tickets'],
      ...(list.security ? { security: list.security } : {}),
      parameters,
      responses: {
        '200': { description: 'The tickets as CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
      },
    },
  };
}

/** Documents the CSV answer each report gives for `format=csv`, beside its JSON. */
export function addReportCsvResponses(paths: NonNullable<OpenAPIObject['paths']>): void {
  for (const segment of Object.keys(reportsAsTables)) {
    const success = paths[`${REPORTS_PATH}/${segment}`]?.get?.responses?.['200'];
    if (!success || !('content' in success)) {
      throw new Error(`the OpenAPI document lacks GET ${REPORTS_PATH}/${segment}, which answers format=csv`);
    }
    success.content = { ...success.content, 'text/csv': { schema: { type: 'string' } } };
  }
}
