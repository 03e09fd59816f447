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
  'E_UNSUPPORTED_MEDIA_TYPE',
  'E_RATE_LIMITED',
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
