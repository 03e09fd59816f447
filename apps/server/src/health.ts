import type { ServerResponse } from 'node:http';
import type { Mount } from './mount.ts';

// /readyz answers within this, whatever the database does.
const READY_PING_TIMEOUT_MS = 2_000;

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Resolves when `ping` does, rejects when it fails or takes longer than `ms`. */
function pingWithin(ping: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([ping(), timeout]).finally(() => clearTimeout(timer));
}

/** /healthz: the process is alive. /readyz: it can serve (database answering, not stopping). */
export function healthMounts(options: { ping: () => Promise<void>; isStopping: () => boolean }): Mount[] {
  return [
    {
      path: '/healthz',
      exact: true,
      bodyLimit: 0,
      handle: async (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      path: '/readyz',
      exact: true,
      bodyLimit: 0,
      handle: async (_req, res) => {
        if (options.isStopping()) return sendJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
        try {
          await pingWithin(options.ping, READY_PING_TIMEOUT_MS);
          sendJson(res, 200, { status: 'ready' });
        } catch {
          sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
        }
      },
    },
  ];
}
