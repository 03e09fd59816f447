import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { writeError } from '@ticketing/api/http/write-error';
import type { Logger } from 'pino';
import { answerClientError } from './client-errors.ts';
import { applyCors } from './cors.ts';
import { type Mount, matches } from './mount.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';

export interface HttpServerOptions {
  /** Tried in order; the first that matches a request answers it. */
  mounts: readonly Mount[];
  corsOrigins: readonly string[];
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  logger: Logger;
  /** Told of every answered request, by route template (metrics). */
  onResponse?(response: { method: string; route: string; status: number; seconds: number }): void;
}

function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * The path of an origin-form request target (`/path?query`), or undefined for anything else: an
 * absolute-form target (`http://host/path`) is meant for proxies, and it, a protocol-relative
 * `//host/path` or `/\host/path` would make every URL built from it mean another host.
 */
function pathOf(target: string | undefined): string | undefined {
  if (!target?.startsWith('/')) return undefined;
  try {
    const url = new URL(target, 'http://localhost');
    return url.host === 'localhost' ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

const PLAIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,4})?$/;

/**
 * Whether a URL can be built with this Host header, as every adapter behind us builds one (tRPC's
 * refuses the request otherwise). node:http insists on the header but not on its form. The usual
 * name[:port] is told by a pattern; anything else by the URL parser itself.
 */
function isHost(host: string): boolean {
  if (PLAIN_HOST.test(host)) return true;
  try {
    new URL(`http://${host}`);
    return true;
  } catch {
    return false;
  }
}

/** The one HTTP server: request ids, logs, CORS, limits, then the mount table. It hosts; mounts do the work. */
export function createHttpServer(options: HttpServerOptions): Server {
  const { logger } = options;
  const server = createServer(async (req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req.headers['x-request-id']);
    const log = logger.child({ requestId });
    res.setHeader('X-Request-Id', requestId);
    const path = pathOf(req.url);
    if (path === undefined) {
      log.info({ method: req.method, status: 400 }, 'request target is not a path');
      return writeError(res, 'E_BAD_REQUEST', 'The request target must be a path such as /api/v1/…');
    }
    const host = req.headers.host;
    if (host !== undefined && !isHost(host)) {
      log.info({ method: req.method, path, status: 400 }, 'Host header is not a host');
      return writeError(res, 'E_BAD_REQUEST', 'The Host header must be a host name or address, with an optional port');
    }
    const mount = options.mounts.find((candidate) => matches(candidate, req.method, path));
    res.on('finish', () => {
      const ms = performance.now() - started;
      log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms) }, 'request');
      options.onResponse?.({
        method: req.method ?? '',
        route: mount ? (mount.routeOf?.(req.method, path) ?? mount.path) : '(unmatched)',
        status: res.statusCode,
        seconds: ms / 1000,
      });
    });

    try {
      if (applyCors(req, res, options.corsOrigins)) return;
      if (!mount) return writeError(res, 'E_NOT_FOUND', `No route for ${req.method} ${path}`);
      const body = mount.bodyLimit > 0 ? await readBody(req, mount.bodyLimit) : '';
      await mount.handle(req, res, { path, body, log });
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is not read; close the connection rather than drain it.
        res.setHeader('Connection', 'close');
        writeError(res, 'E_PAYLOAD_TOO_LARGE', error.message);
        return;
      }
      log.error({ err: error }, 'unhandled error');
      if (!res.headersSent) writeError(res, 'E_INTERNAL', 'Internal server error');
      else res.destroy();
    }
  });
  server.on('clientError', answerClientError);
  server.headersTimeout = options.timeouts.headersMs;
  server.requestTimeout = options.timeouts.requestMs;
  server.keepAliveTimeout = options.timeouts.keepAliveMs;
  return server;
}
