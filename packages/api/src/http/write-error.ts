import type { ServerResponse } from 'node:http';
import type { ErrorCode, ErrorDetails } from '@ticketing/core/errors';
import { httpStatusOf } from '../errors.ts';

/** The REST error body: `{ error, message, details }`. */
export const errorBody = (code: ErrorCode, message: string, details: ErrorDetails = {}) =>
  JSON.stringify({ error: code, message, details });

/** The REST error response, for errors raised outside any procedure (unknown route, body too large…). */
export function writeError(res: ServerResponse, code: ErrorCode, message: string, details: ErrorDetails = {}): void {
  const body = errorBody(code, message, details);
  res.writeHead(httpStatusOf(code), { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
