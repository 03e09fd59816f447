import type { AppRouter } from '@ticketing/api/root';
import { TRPCClientError } from '@trpc/client';

export type { ErrorCode } from '@ticketing/core/errors';

/** The server's error code (`E_…`) of a failed call, or undefined for a network failure. */
export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof TRPCClientError) return (error as TRPCClientError<AppRouter>).data?.error;
  return undefined;
}
