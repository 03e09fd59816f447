import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type ErrorCode, knownErrorOf } from '@ticketing/core/errors';

/** The HTTP status of each error code, as the real server's REST adapter answers it. */
const statusOf = {
  E_VALIDATION: 400,
  E_BAD_REQUEST: 400,
  E_UNAUTHENTICATED: 401,
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  E_METHOD_NOT_ALLOWED: 405,
  E_CONFLICT: 409,
  E_INVALID_TRANSITION: 422,
  E_BULK_REJECTED: 422,
  E_PAYLOAD_TOO_LARGE: 413,
  E_REQUEST_TIMEOUT: 408,
  E_UNSUPPORTED_MEDIA_TYPE: 415,
  E_RATE_LIMITED: 429,
  E_UNAVAILABLE: 503,
  E_INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

/** The real server's body limit. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Anything thrown, as the real server shows it: `{ error, message, details }`, no stacks. */
export function sendError(res: ServerResponse, thrown: unknown): void {
  const known = knownErrorOf(thrown);
  if (!known) {
    console.error(thrown);
    sendJson(res, 500, { error: 'E_INTERNAL', message: 'Internal server error', details: {} });
    return;
  }
  const retryAfter = known.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  sendJson(res, statusOf[known.code], { error: known.code, message: known.message, details: known.details });
}

/** What a failed zod parse reports (the bench does not depend on zod itself). */
export interface InputIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** A failed input schema as E_VALIDATION with the failing fields (the real server's wording). */
export function validationError(error: InputIssues): DomainError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  const parts = Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(', ')}`);
  return new DomainError('E_VALIDATION', `Invalid input: ${parts.join('; ')}`, { fields });
}

/** The JSON body of a POST, within the real server's size limit. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > BODY_LIMIT_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return undefined;
  try {
    // A `__proto__` key is refused, as the real server refuses it (see packages/api's json-body.ts).
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new DomainError('E_BAD_REQUEST', 'A JSON key named "__proto__" is not allowed');
      return value;
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('E_BAD_REQUEST', 'The request body is not valid JSON');
  }
}

const tooLarge = () => new DomainError('E_PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB');
