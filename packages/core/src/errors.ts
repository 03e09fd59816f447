import { isDatabaseUnavailable } from '@ticketing/db/errors';

export const errorCodes = [
  'E_VALIDATION',
  'E_BAD_REQUEST',
  'E_UNAUTHENTICATED',
  'E_FORBIDDEN',
  'E_NOT_FOUND',
  'E_METHOD_NOT_ALLOWED',
  'E_CONFLICT',
  'E_INVALID_TRANSITION',
  'E_BULK_REJECTED',
  'E_PAYLOAD_TOO_LARGE',
  'E_REQUEST_TIMEOUT',
  'E_UNSUPPORTED_MEDIA_TYPE',
  'E_RATE_LIMITED',
  'E_UNAVAILABLE',
  'E_INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ErrorDetails = Record<string, unknown>;

/** The one error type business rules throw; transports map its code to a status once. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string, details: ErrorDetails = {}) =>
  new DomainError('E_NOT_FOUND', `${what} not found`, details);

export const forbidden = (message = 'You do not have permission to do this') => new DomainError('E_FORBIDDEN', message);

export const unauthenticated = (message = 'Authentication required') => new DomainError('E_UNAUTHENTICATED', message);

/** A validation error on one input field, in the same shape as schema validation errors. */
export const invalid = (field: string, message: string, details: ErrorDetails = {}) =>
  new DomainError('E_VALIDATION', message, { fields: { [field]: [message] }, ...details });

/** Seconds a client is told to wait (Retry-After) when the database is unreachable or overloaded. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const unavailable = () =>
  new DomainError('E_UNAVAILABLE', 'The service is temporarily unavailable; try again shortly', {
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
  });

/**
 * What a thrown error means to a client, when that is known: a DomainError as it is, a database
 * outage as E_UNAVAILABLE. Anything else is a bug (undefined here, E_INTERNAL to the client).
 */
export function knownErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error)) return unavailable();
  return undefined;
}
