import type { ServerResponse } from 'node:http';
import { DomainError } from '@ticketing/core/errors';
import { TRPCError } from '@trpc/server';
import { retryAfterSeconds, toPublicError, toTrpcError } from '../errors.ts';
import type { ApiHandlerOptions } from './handler-options.ts';
import { writeError } from './write-error.ts';

/** Anything thrown before or while streaming, as the error a client may see. */
export function publicErrorOf(error: unknown, options: ApiHandlerOptions, path = 'http') {
  const trpcError =
    error instanceof TRPCError
      ? error
      : error instanceof DomainError
        ? toTrpcError(error)
        : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
  const publicError = toPublicError(trpcError);
  if (publicError.error === 'E_INTERNAL') options.onInternalError?.(trpcError, path);
  return { publicError, retryAfter: retryAfterSeconds(trpcError) };
}

/** An error thrown outside the tRPC and REST adapters, in the REST error shape. */
export function writeFailure(res: ServerResponse, error: unknown, options: ApiHandlerOptions, path?: string): void {
  const { publicError, retryAfter } = publicErrorOf(error, options, path);
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
  writeError(res, publicError.error, publicError.message, publicError.details);
}
