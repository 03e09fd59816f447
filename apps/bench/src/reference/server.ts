import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { addressKey } from '@ticketing/core/auth/address-key';
import { DomainError, forbidden, unauthenticated } from '@ticketing/core/errors';
import type postgres from 'postgres';
import { type Authenticated, authenticate } from './authenticate.ts';
import { createTicket } from './create-ticket.ts';
import { getTicket } from './get-ticket.ts';
import { readJson, sendError, sendJson } from './http-io.ts';
import { listTickets } from './list-tickets.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { transitionTicket } from './transition-ticket.ts';

const PREFIX = '/api/v1';

interface Route {
  /** A mutation: needs a token with the write scope. */
  write: boolean;
  run(auth: Authenticated, body: unknown): Promise<unknown>;
}

/** The four calls served, by method and path (path parameters URL-decoded). */
function routeOf(sql: postgres.Sql, method: string, url: URL): Route | null {
  const path = url.pathname.slice(PREFIX.length);
  if (!url.pathname.startsWith(`${PREFIX}/tickets`)) return null;
  if (path === '/tickets') {
    if (method === 'GET') return { write: false, run: ({ actor }) => listTickets(sql, actor, url.searchParams) };
    if (method === 'POST') return { write: true, run: (auth, body) => createTicket(sql, auth, body) };
    return null;
  }
  const [, tickets, key, action, ...rest] = path.split('/');
  if (tickets !== 'tickets' || !key || rest.length > 0) return null;
  let decodedKey: string;
  try {
    decodedKey = decodeURIComponent(key);
  } catch {
    return null;
  }
  if (action === undefined && method === 'GET') {
    return { write: false, run: ({ actor }) => getTicket(sql, actor, decodedKey) };
  }
  if (action === 'transition' && method === 'POST') {
    return { write: true, run: ({ actor }, body) => transitionTicket(sql, actor, decodedKey, body) };
  }
  return null;
}

/**
 * node:http and postgres.js, nothing between: the route, the body, the token (read every time), the
 * rate limit, the scope, then the call. The order of refusals is the real server's: no route,
 * unreadable body, rate limit, no actor (401), read-only token on a write (403), then the input.
 */
export function createReferenceServer(sql: postgres.Sql, limiter: RateLimiter | null): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/readyz') return sendJson(res, 200, { status: 'ready' });
    const route = routeOf(sql, method, url);
    if (!route) throw new DomainError('E_NOT_FOUND', `No route for ${method} ${url.pathname}`);
    const body = method === 'POST' ? await readJson(req) : undefined;

    const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const auth = bearer ? await authenticate(sql, bearer) : null;
    if (limiter) {
      const address = req.socket.remoteAddress ? addressKey(req.socket.remoteAddress) : 'unknown';
      const state = limiter.hit(auth?.actor ?? null, address);
      res.setHeader('RateLimit-Limit', String(state.limit));
      res.setHeader('RateLimit-Remaining', String(state.remaining));
      res.setHeader('RateLimit-Reset', String(state.resetSeconds));
      if (state.exceeded) {
        throw new DomainError('E_RATE_LIMITED', `Rate limit of ${state.limit} requests per minute exceeded`, {
          retryAfterSeconds: state.resetSeconds,
          limit: state.limit,
        });
      }
    }
    if (!auth) throw unauthenticated();
    if (route.write && auth.actor.via.kind === 'token' && !auth.actor.via.scopes.includes('write')) {
      throw forbidden('This API token is read-only');
    }
    sendJson(res, 200, await route.run(auth, body));
  };
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, error);
    });
  });
}
