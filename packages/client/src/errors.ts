import type { AppRouter } from '@ticketing/api/root';
import { TRPCClientError } from '@trpc/client';

export type { ErrorCode } from '@ticketing/core/errors';

/** The server's error code (`E_…`) of a failed call, or undefined for a network failure. */
export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof TRPCClientError) return (error as TRPCClientError<AppRouter>).data?.error;
  return undefined;
}

/** What the API said went wrong, in words: its code, message, the failing fields and the details. */
export interface ApiProblem {
  code: string;
  message: string;
  fields: Record<string, string[]>;
  details: Record<string, unknown>;
}

/** An API error read from a REST answer (the streamed import), as `problemOf` reads it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Any error a call or hook gives, as the API's own problem, or a network failure in words. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof ApiError) {
    const fields = (error.details.fields ?? {}) as Record<string, string[]>;
    return { code: error.code, message: error.message, fields, details: error.details };
  }
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      | { error?: string; details?: Record<string, unknown> }
      | undefined;
    if (data?.error) {
      const details = data.details ?? {};
      const fields = (details.fields ?? {}) as Record<string, string[]>;
      return { code: data.error, message: error.message, fields, details };
    }
  }
  return {
    code: 'E_NETWORK',
    message: 'The server could not be reached. Check your connection and try again.',
    fields: {},
    details: {},
  };
}
