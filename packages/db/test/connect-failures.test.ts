import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../src/client.ts';
import { isDatabaseUnavailable } from '../src/errors.ts';

// Servers that are not PostgreSQL at all, on this machine: no database is needed to see that the
// driver gives up on them within its bounds instead of hanging.
const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(onConnection: (socket: Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `postgres://postgres@127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/postgres`;
}

async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error & { code?: string },
  );
}

describe('a database address that does not behave', () => {
  it('accepting but never answering fails the connect timeout', async () => {
    const url = await listen(() => {});
    const connection = await createDb({ databaseUrl: url, timeouts: { connectMs: 300 } });
    try {
      const error = await failure(connection.ping());
      expect(error.code).toBe('CONNECT_TIMEOUT');
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it('accepting and closing at once (a proxy whose backend is down) fails the query, without a reconnect storm', async () => {
    let connections = 0;
    const url = await listen((socket) => {
      connections++;
      socket.destroy();
    });
    const connection = await createDb({ databaseUrl: url, maxConnections: 1, timeouts: { connectMs: 2_000 } });
    try {
      const error = await failure(connection.ping());
      expect(error.code).toBe('CONNECTION_CLOSED');
      expect(isDatabaseUnavailable(error)).toBe(true);
      // Every attempt costs one connection, not thousands in a loop.
      await failure(connection.ping());
      expect(connections).toBeLessThanOrEqual(4);
    } finally {
      await connection.close();
    }
  });
});
