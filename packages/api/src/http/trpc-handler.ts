import { DomainError } from '@ticketing/core/errors';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { toTrpcError } from '../errors.ts';
import { appRouter } from '../root.ts';
import { type ApiHandler, type ApiHandlerOptions, handlerHooks } from './handler-options.ts';
import { JSON_TOO_DEEP_MESSAGE, jsonDepthExceeds } from './json-depth.ts';
import { TRPC_PREFIX } from './mount-points.ts';

/**
 * Stands in for the context when the request's JSON nests too deeply. tRPC creates the context before
 * it reads any input, so throwing here answers every call of the request with E_BAD_REQUEST (in
 * tRPC's own error shape, batches included) before the body or `?input=` is ever parsed.
 */
const refuseTooDeep = () => {
  throw toTrpcError(new DomainError('E_BAD_REQUEST', JSON_TOO_DEEP_MESSAGE));
};

export function createTrpcHandler(options: ApiHandlerOptions): ApiHandler {
  const hooks = handlerHooks(options);
  return async (req, res, rawBody) => {
    req.body = rawBody;
    hooks.remember(req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Queries carry their input in the query string, mutations in the body.
    const tooDeep = jsonDepthExceeds(rawBody) || jsonDepthExceeds(url.searchParams.get('input') ?? '');
    await nodeHTTPRequestHandler({
      req,
      res,
      router: appRouter,
      path: url.pathname.slice(TRPC_PREFIX.length + 1),
      createContext: tooDeep ? refuseTooDeep : hooks.createContext,
      responseMeta: hooks.responseMeta,
      onError: hooks.onError,
    });
  };
}
