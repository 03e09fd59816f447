import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '@ticketing/core/deps';
import type { TRPCError } from '@trpc/server';
import { type Context, createContext, type RateLimitConfig } from '../context.ts';
import { retryAfterSeconds, toPublicError } from '../errors.ts';
import { type RequestInfoOptions, requestInfoFrom } from './request-info.ts';

export interface ApiHandlerOptions extends RequestInfoOptions {
  deps: Deps;
  /** Off when absent. */
  rateLimit?: RateLimitConfig | undefined;
  /** Called with every error that is not the client's fault (500s), for logging. */
  onInternalError?: (error: TRPCError, path: string | undefined) => void;
}

/** A request whose body the host has already read, within its size limit. */
export type BufferedRequest = IncomingMessage & { body?: unknown };

export type ApiHandler = (req: BufferedRequest, res: ServerResponse, rawBody: string) => Promise<void>;

/** What the tRPC and the REST handler share: context creation, error logging, Retry-After. */
export function handlerHooks(options: ApiHandlerOptions) {
  const requests = new WeakMap<IncomingMessage, Context['request']>();
  return {
    remember(req: IncomingMessage, res: ServerResponse) {
      requests.set(req, requestInfoFrom(req, res, options));
    },
    createContext({ req }: { req: IncomingMessage }): Promise<Context> {
      const request = requests.get(req);
      if (!request) throw new Error('request info missing: call remember() first');
      return createContext(options.deps, request, options.rateLimit);
    },
    onError({ error, path }: { error: TRPCError; path?: string | undefined }) {
      if (toPublicError(error).error === 'E_INTERNAL') options.onInternalError?.(error, path);
    },
    responseMeta({ errors }: { errors: readonly TRPCError[] }) {
      const retryAfter = errors.map(retryAfterSeconds).find((seconds) => seconds !== undefined);
      return { headers: retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) } };
    },
  };
}
