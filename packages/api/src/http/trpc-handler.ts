import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { appRouter } from '../root.ts';
import { type ApiHandler, type ApiHandlerOptions, handlerHooks } from './handler-options.ts';
import { TRPC_PREFIX } from './mount-points.ts';

export function createTrpcHandler(options: ApiHandlerOptions): ApiHandler {
  const hooks = handlerHooks(options);
  return async (req, res, rawBody) => {
    req.body = rawBody;
    hooks.remember(req, res);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    await nodeHTTPRequestHandler({
      req,
      res,
      router: appRouter,
      path: pathname.slice(TRPC_PREFIX.length + 1),
      createContext: hooks.createContext,
      responseMeta: hooks.responseMeta,
      onError: hooks.onError,
    });
  };
}
