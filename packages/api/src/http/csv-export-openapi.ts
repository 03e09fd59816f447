import type { OpenAPIObject } from 'trpc-to-openapi';

/** Where the ticket export is, under the REST mount point. */
export const TICKETS_EXPORT_PATH = '/tickets/export.csv';

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
