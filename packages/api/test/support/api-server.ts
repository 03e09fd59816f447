import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '@ticketing/core/deps';
import { createImportStreamHandler } from '../../src/http/import-stream.ts';
import { REST_PREFIX, TRPC_PREFIX } from '../../src/http/mount-points.ts';
import { createRestHandler } from '../../src/http/rest-handler.ts';
import { createTrpcHandler } from '../../src/http/trpc-handler.ts';

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The package's own tRPC and REST handlers (and the streamed import) on a real HTTP server (127.0.0.1, a free port), mounted
 * where the host mounts them: what a client meets, error formatter included, without the host's
 * CORS, logging and body limits (apps/server tests those).
 */
export async function startApiServer(deps: Deps): Promise<ApiServer> {
  const options = { deps, allowedOrigins: [], trustedProxyHops: 0 };
  const trpc = createTrpcHandler(options);
  const rest = createRestHandler(options);
  const importStream = createImportStreamHandler(options);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = path.startsWith(`${TRPC_PREFIX}/`) ? trpc : path.startsWith(`${REST_PREFIX}/`) ? rest : undefined;
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readBody(req);
      if (handler === rest && (await importStream(req, res, body))) return;
      await handler(req, res, body);
    } catch (error) {
      // A handler that throws is a bug the test should show at once, not a request left hanging.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`handler threw: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
