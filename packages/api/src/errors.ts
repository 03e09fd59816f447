import { DomainError, type ErrorCode, type ErrorDetails, knownErrorOf } from '@ticketing/core/errors';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError } from 'zod';

/** Each domain error code maps to one tRPC code; the HTTP status follows from it in both transports. */
const trpcCodeOf = {
  E_VALIDATION: 'BAD_REQUEST',
  E_BAD_REQUEST: 'BAD_REQUEST',
  E_UNAUTHENTICATED: 'UNAUTHORIZED',
  E_FORBIDDEN: 'FORBIDDEN',
  E_NOT_FOUND: 'NOT_FOUND',
  E_METHOD_NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
  E_CONFLICT: 'CONFLICT',
  E_INVALID_TRANSITION: 'UNPROCESSABLE_CONTENT',
  E_BULK_REJECTED: 'UNPROCESSABLE_CONTENT',
  E_PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  E_REQUEST_TIMEOUT: 'TIMEOUT',
  E_UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  E_RATE_LIMITED: 'TOO_MANY_REQUESTS',
  E_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  E_INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<ErrorCode, TRPC_ERROR_CODE_KEY>;

/** Errors raised by tRPC itself (no domain cause), e.g. a malformed batch or an unknown procedure. */
const errorCodeOfTrpc: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorCode>> = {
  PARSE_ERROR: 'E_BAD_REQUEST',
  BAD_REQUEST: 'E_BAD_REQUEST',
  UNAUTHORIZED: 'E_UNAUTHENTICATED',
  FORBIDDEN: 'E_FORBIDDEN',
  NOT_FOUND: 'E_NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'E_METHOD_NOT_ALLOWED',
  CONFLICT: 'E_CONFLICT',
  UNPROCESSABLE_CONTENT: 'E_INVALID_TRANSITION',
  PAYLOAD_TOO_LARGE: 'E_PAYLOAD_TOO_LARGE',
  TIMEOUT: 'E_REQUEST_TIMEOUT',
  UNSUPPORTED_MEDIA_TYPE: 'E_UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS: 'E_RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'E_UNAVAILABLE',
};

/** HTTP status of a domain error code, as tRPC derives it from the mapped tRPC code. */
export const httpStatusOf = (code: ErrorCode): number =>
  getHTTPStatusCodeFromError(new TRPCError({ code: trpcCodeOf[code] }));

export interface PublicError {
  error: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export function toTrpcError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.message, cause: error });
}

/**
 * Gives a known error (a DomainError, a database outage) the tRPC code of its domain code, so both
 * transports derive the right HTTP status; anything else is returned as it is.
 */
export function withDomainCode(error: unknown): unknown {
  const known = knownErrorOf(error instanceof TRPCError ? (error.cause ?? error) : error);
  return known ? toTrpcError(known) : error;
}

/** The failing fields as `{ "a.b": ["message", …] }`. */
export function failingFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(input)';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

export function validationMessage(fields: Record<string, string[]>): string {
  const parts = Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(', ')}`);
  return `Invalid input: ${parts.join('; ')}`;
}

/** The one mapping from anything thrown to what a client may see: no stacks, no SQL. */
export function toPublicError(error: TRPCError): PublicError {
  const cause = error.cause;
  const known = knownErrorOf(cause);
  if (known) return { error: known.code, message: known.message, details: known.details };
  if (cause instanceof ZodError) {
    const fields = failingFields(cause);
    return { error: 'E_VALIDATION', message: validationMessage(fields), details: { fields } };
  }
  const code = errorCodeOfTrpc[error.code];
  if (!code) return { error: 'E_INTERNAL', message: 'Internal server error', details: {} };
  // With a cause, tRPC took the message from an error of its own machinery (a malformed batch,
  // superjson refusing its input): JavaScript's words, not ours, so they are not repeated.
  const message = cause === undefined ? error.message : 'The request could not be read';
  return { error: code, message, details: {} };
}

export function retryAfterSeconds(error: TRPCError): number | undefined {
  const cause = error.cause;
  if (cause instanceof DomainError && typeof cause.details.retryAfterSeconds === 'number') {
    return cause.details.retryAfterSeconds;
  }
  return undefined;
}
