import type { ServerResponse } from 'node:http';
import type { Progress } from '@ticketing/core/progress';
import { importTicketsInput } from '@ticketing/core/tickets/import-tickets';
import { createContext } from '../context.ts';
import { failingFields, validationMessage } from '../errors.ts';
import { createCaller } from '../root.ts';
import type { ApiHandler, ApiHandlerOptions } from './handler-options.ts';
import { IMPORT_PATH, NDJSON } from './import-stream-openapi.ts';
import { parseJsonBody } from './json-body.ts';
import { REST_PREFIX } from './mount-points.ts';
import { requestInfoFrom } from './request-info.ts';
import { writeError } from './write-error.ts';
import { publicErrorOf, writeFailure } from './write-failure.ts';

const IMPORT_PATTERN = /^\/projects\/([^/]+)\/import$/;

/** The key of `POST /api/v1/projects/{key}/import` asked for as a stream, or null for any other request. */
export function streamedImportKey(method: string | undefined, url: string | undefined, accept: string | undefined) {
  if (method !== 'POST' || !accept?.includes(NDJSON)) return null;
  const path = new URL(url ?? '/', 'http://localhost').pathname.slice(REST_PREFIX.length);
  const match = IMPORT_PATTERN.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * The CSV import with its progress streamed, a JSON object per line: `{"progress":{…}}` as it goes,
 * then `{"result":{…}}`, or the error object when writing failed (nothing is kept then). Through the
 * same procedure as the REST call (its permission, scope and origin checks). Until the import has
 * passed its checks nothing is streamed: a refusal, and a dry run, answer as on the REST API.
 * Returns false for a request that is not such an import (the REST API answers it).
 */
export function createImportStreamHandler(options: ApiHandlerOptions) {
  return async (req: Parameters<ApiHandler>[0], res: ServerResponse, rawBody: string): Promise<boolean> => {
    const key = streamedImportKey(req.method, req.url, req.headers.accept);
    if (key === null || !req.headers['content-type']?.startsWith('application/json')) return false;
    const path = `${REST_PREFIX}${IMPORT_PATH}`;
    const body = parseJsonBody(rawBody);
    if (!body.ok) {
      writeError(res, 'E_BAD_REQUEST', body.message);
      return true;
    }
    const input = importTicketsInput.safeParse({ ...(typeof body.value === 'object' ? body.value : {}), key });
    if (!input.success) {
      const fields = failingFields(input.error);
      writeError(res, 'E_VALIDATION', validationMessage(fields), { fields });
      return true;
    }
    let streaming = false;
    const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
    const onProgress = (progress: Progress) => {
      if (!streaming) {
        res.writeHead(200, { 'content-type': `${NDJSON}; charset=utf-8`, 'cache-control': 'no-store' });
        streaming = true;
      }
      line({ progress });
    };
    try {
      const context = await createContext(options.deps, requestInfoFrom(req, res, options), options.rateLimit);
      const result = await createCaller({ ...context, onProgress }).projects.import(input.data);
      if (!streaming) {
        const json = JSON.stringify(result);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      } else res.end(`${JSON.stringify({ result })}\n`);
    } catch (error) {
      if (!streaming) writeFailure(res, error, options, path);
      else res.end(`${JSON.stringify(publicErrorOf(error, options, path).publicError)}\n`);
    }
    return true;
  };
}
