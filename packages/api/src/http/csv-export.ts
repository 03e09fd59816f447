import type { ServerResponse } from 'node:http';
import { CSV_BOM, csvRow } from '@ticketing/core/csv/csv-row';
import { reportsAsTables } from '@ticketing/core/reports/report-csv';
import { exportTickets } from '@ticketing/core/tickets/export-tickets';
import { listTicketsInput } from '@ticketing/core/tickets/schemas';
import { ZodError } from 'zod';
import { createContext } from '../context.ts';
import { failingFields, validationMessage } from '../errors.ts';
import { REPORTS_PATH, TICKETS_EXPORT_PATH } from './csv-export-openapi.ts';
import { drained } from './drained.ts';
import type { ApiHandler, ApiHandlerOptions } from './handler-options.ts';
import { REST_PREFIX } from './mount-points.ts';
import { prototypeNamedParams } from './prototype-params.ts';
import { requestInfoFrom } from './request-info.ts';
import { writeError } from './write-error.ts';
import { publicErrorOf, writeFailure } from './write-failure.ts';

// Every filter of the list (not its paging or sort): an export is the list as a file.
const exportInput = listTicketsInput.omit({ sort: true, order: true, limit: true, cursor: true, includeTotal: true });

const csvHeaders = (fileName: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
});

async function contextOf(options: ApiHandlerOptions, req: Parameters<ApiHandler>[0], res: ServerResponse) {
  const context = await createContext(options.deps, requestInfoFrom(req, res, options), options.rateLimit);
  if (!context.actor) return null;
  return context;
}

/** The query parameters as an object, refusing names of built-in object properties as REST does. */
function paramsOf(url: URL, res: ServerResponse): Record<string, string> | null {
  const refused = prototypeNamedParams(url.searchParams);
  if (refused.length > 0) {
    const message = 'Not a parameter of this API (names of built-in object properties are refused)';
    const fields = Object.fromEntries(refused.map((name) => [name, [message]]));
    writeError(res, 'E_VALIDATION', validationMessage(fields), { fields });
    return null;
  }
  // A list may come comma-separated or as the parameter repeated, as on the REST API.
  return Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((name) => [name, url.searchParams.getAll(name).join(',')]),
  );
}

/**
 * `GET /api/v1/tickets/export.csv?query=…&view=…`: every matching ticket as CSV (RFC 4180, UTF-8 with a
 * BOM, formula-safe cells), streamed a batch at a time with backpressure: memory stays flat. Errors
 * that can be known in advance (authentication, a bad query) come as the usual JSON error; one in the
 * middle of the stream cuts it off, so a partial file never looks complete.
 */
export function createTicketsExportHandler(options: ApiHandlerOptions): ApiHandler {
  const path = `${REST_PREFIX}${TICKETS_EXPORT_PATH}`;
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rows: AsyncGenerator<string>;
    let first: string[];
    try {
      const context = await contextOf(options, req, res);
      if (!context?.actor) return writeError(res, 'E_UNAUTHENTICATED', 'Authentication required');
      const params = paramsOf(url, res);
      if (!params) return;
      const input = exportInput.safeParse(params);
      if (!input.success) {
        const fields = failingFields(input.error);
        return writeError(res, 'E_VALIDATION', validationMessage(fields), { fields });
      }
      rows = exportTickets(context.deps, context.actor, input.data);
      // The header and the first batch before the status line: a bad query is still a 400.
      first = [];
      for (let i = 0; i < 2; i++) {
        const next = await rows.next();
        if (!next.done) first.push(next.value);
      }
    } catch (error) {
      return writeFailure(res, error, options, path);
    }
    res.writeHead(200, csvHeaders('tickets.csv'));
    res.write(CSV_BOM + first.join(''));
    try {
      for await (const chunk of rows) {
        if (res.destroyed) return;
        if (!res.write(chunk)) await drained(res);
      }
      res.end();
    } catch (error) {
      // Past the status line: logged (when it is ours), and the response cut off.
      publicErrorOf(error, options, path);
      res.destroy();
    }
  };
}

/**
 * `GET /api/v1/reports/<name>?format=csv&…`: the report as a CSV table, from the same domain function
 * and input schema as its JSON. Returns false when the request is not for CSV (the REST API answers it).
 */
export function createReportCsvHandler(options: ApiHandlerOptions) {
  return async (req: Parameters<ApiHandler>[0], res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.searchParams.get('format') !== 'csv') return false;
    const segment = url.pathname.slice(`${REST_PREFIX}${REPORTS_PATH}/`.length);
    const report = Object.hasOwn(reportsAsTables, segment) ? reportsAsTables[segment] : undefined;
    if (!report) return false;
    try {
      const context = await contextOf(options, req, res);
      if (!context?.actor) {
        writeError(res, 'E_UNAUTHENTICATED', 'Authentication required');
        return true;
      }
      const params = paramsOf(url, res);
      if (!params) return true;
      const table = await report(context.deps, context.actor, params);
      const body = CSV_BOM + csvRow(table.header) + table.rows.map(csvRow).join('');
      res.writeHead(200, { ...csvHeaders(`${segment}.csv`), 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      if (error instanceof ZodError) {
        const fields = failingFields(error);
        writeError(res, 'E_VALIDATION', validationMessage(fields), { fields });
      } else writeFailure(res, error, options, `${REST_PREFIX}${REPORTS_PATH}/${segment}`);
    }
    return true;
  };
}
