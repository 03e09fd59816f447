import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiHandler } from '@ticketing/api/http/handler-options';
import { REST_PREFIX, TRPC_PREFIX } from '@ticketing/api/http/mount-points';
import { writeError } from '@ticketing/api/http/write-error';
import type { Logger } from 'pino';
import { answerClientError } from './client-errors.ts';
import { applyCors } from './cors.ts';
import { serveDocs } from './docs.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';

export interface HttpServerOptions {
  trpc: ApiHandler;
  rest: ApiHandler;
  openApiDocument: () => unknown;
  ping: () => Promise<void>;
  /** True once shutdown has begun: /readyz then answers 503 so that load balancers move on. */
  isStopping: () => boolean;
  corsOrigins: readonly string[];
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  logger: Logger;
}

// /readyz answers within this, whatever the database does.
const READY_PING_TIMEOUT_MS = 2_000;

/** Resolves when `ping` does, rejects when it fails or takes longer than `ms`. */
function pingWithin(ping: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([ping(), timeout]).finally(() => clearTimeout(timer));
}

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
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

/** The one HTTP server: tRPC, REST, OpenAPI and health. It hosts; the API package does the work. */
export function createHttpServer(options: HttpServerOptions): Server {
  const { logger } = options;
  let openApiJson: string | undefined;

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      if (options.isStopping()) return sendJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
      try {
        await pingWithin(options.ping, READY_PING_TIMEOUT_MS);
        return sendJson(res, 200, { status: 'ready' });
      } catch {
        return sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
      }
    }
    if (path === `${REST_PREFIX}/openapi.json` && req.method === 'GET') {
      openApiJson ??= JSON.stringify(options.openApiDocument());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(openApiJson);
      return;
    }
    if (req.method === 'GET' && (await serveDocs(path, res, `${REST_PREFIX}/openapi.json`))) return;
    const handler = isUnder(path, TRPC_PREFIX) ? options.trpc : isUnder(path, REST_PREFIX) ? options.rest : undefined;
    if (!handler) return writeError(res, 'E_NOT_FOUND', `No route for ${req.method} ${path}`);
    const body = await readBody(req);
    await handler(req, res, body);
  }

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const log = logger.child({ requestId });
    res.setHeader('X-Request-Id', requestId);
    const path = pathOf(req.url);
    if (path === undefined) {
      log.info({ method: req.method, status: 400 }, 'request target is not a path');
      return writeError(res, 'E_BAD_REQUEST', 'The request target must be a path such as /api/v1/…');
    }
    res.on('finish', () => {
      log.info(
        { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });

    try {
      if (applyCors(req, res, options.corsOrigins)) return;
      await route(req, res, path);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is not read; close the connection rather than drain it.
        res.setHeader('Connection', 'close');
        writeError(res, 'E_PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB');
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
