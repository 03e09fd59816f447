import { createServer, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/client.ts';
import { isDatabaseUnavailable } from '../src/errors.ts';
import { createServerDatabase } from '../src/testing/database.ts';

const database = await createServerDatabase({ migrated: false });
afterAll(() => database.drop());

/** The error a promise rejects with (failing the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error & { code?: string },
  );
}

const codeOf = (error: Error & { code?: string }): string | undefined =>
  error.code ?? (error.cause as { code?: string } | undefined)?.code;

describe('every wait on PostgreSQL is bounded', () => {
  it('a statement running past the statement timeout is cancelled (57014), and counts as unavailable', async () => {
    const connection = await createDb({ databaseUrl: database.url, timeouts: { statementMs: 200 } });
    try {
      const error = await rejection(connection.db.execute(sql`select pg_sleep(5)`));
      expect(codeOf(error)).toBe('57014');
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The connection is fine afterwards.
      await connection.ping();
    } finally {
      await connection.close();
    }
  });

  it('a query that finds every pooled connection taken gives up after the acquire timeout', async () => {
    const connection = await createDb({
      databaseUrl: database.url,
      maxConnections: 1,
      timeouts: { acquireMs: 300, statementMs: 5_000 },
    });
    try {
      // A transaction holds its connection to itself (plain queries would pipeline onto a busy one).
      let holderDone = false;
      const busy = connection.db
        .transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(1.5)`);
        })
        .then(() => {
          holderDone = true;
        });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const error = await rejection(connection.db.execute(sql`select 1`));
      expect(codeOf(error)).toBe('CONNECTION_ACQUIRE_TIMEOUT');
      expect(isDatabaseUnavailable(error)).toBe(true);
      // It gave up on its own, not when the connection came free.
      expect(holderDone).toBe(false);
      await busy;
      // The query that gave up was taken off the queue: the pool is whole and serves again.
      await connection.ping();
    } finally {
      await connection.close();
    }
  });

  it('a server that accepts but never answers fails the connect timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const connection = await createDb({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      timeouts: { connectMs: 300 },
    });
    try {
      const error = await rejection(connection.ping());
      expect(codeOf(error)).toBe('CONNECT_TIMEOUT');
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await connection.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
