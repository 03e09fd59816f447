import { forbidden, unauthenticated } from '@ticketing/core/errors';
import { defaultLiveLimits } from '@ticketing/core/events/live-limits';
import { assertCan, type Permission } from '@ticketing/core/permissions';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { Context } from './context.ts';
import { toPublicError, withDomainCode } from './errors.ts';

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    transformer: superjson,
    // Subscriptions (events.subscribe) over server-sent events: a ping keeps a quiet stream from being
    // closed by proxies, a client that hears nothing for three pings reconnects, and no stream
    // outlives maxDurationMs (its client reconnects with its last event id, authenticated anew).
    sse: {
      ping: { enabled: true, intervalMs: defaultLiveLimits.heartbeatMs },
      client: { reconnectAfterInactivityMs: 3 * defaultLiveLimits.heartbeatMs },
      maxDurationMs: defaultLiveLimits.maxDurationMs,
    },
    // Both transports render errors through here: tRPC as `data`, REST reshapes it to {error, message, details}.
    errorFormatter({ shape, error }) {
      const publicError = toPublicError(error);
      return {
        message: publicError.message,
        code: shape.code,
        data: {
          error: publicError.error,
          details: publicError.details,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Turns a DomainError or a database outage thrown anywhere below (later middlewares included) into a
 * TRPCError with the matching code, so both transports derive the HTTP status from it.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = withDomainCode(result.error);
    if (mapped !== result.error) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

export const authedProcedure = publicProcedure.use(({ ctx, type, next }) => {
  const { actor } = ctx;
  if (!actor) throw unauthenticated();
  // Browsers attach cookies to cross-site requests: a mutation that the cookie authenticates must come
  // from an allowed origin. Sign-in and sign-up authenticate by their body, so a stale cookie beside
  // them changes nothing (they are public procedures, never checked here).
  if (type === 'mutation' && ctx.request.credential?.via === 'cookie' && !ctx.request.originAllowed) {
    throw forbidden('Cross-origin request refused');
  }
  if (type === 'mutation' && actor.via.kind === 'token' && !actor.via.scopes.includes('write')) {
    throw forbidden('This API token is read-only');
  }
  // tRPC merges this into the context; only the narrowed actor is new.
  return next({ ctx: { actor } });
});

export const permittedProcedure = (permission: Permission) =>
  authedProcedure.use(({ ctx, next }) => {
    assertCan(ctx.actor, permission);
    return next();
  });
