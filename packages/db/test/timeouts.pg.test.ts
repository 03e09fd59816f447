import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/client.ts';
import { isDatabaseUnavailable } from '../src/errors.ts';
import { createServerDatabase } from '../src/testing/database.ts';
import { startTcpProxy } from '../src/testing/tcp-proxy.ts';

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

  it('a connection that goes silent while a query waits is given up after statement timeout + 5 s', async () => {
    const target = new URL(database.url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(database.url);
    proxied.host = `127.0.0.1:${proxy.port}`;
    // statement_timeout 200 ms, so silence past 5.2 s means the path is dead.
    const connection = await createDb({ databaseUrl: proxied.toString(), timeouts: { statementMs: 200 } });
    try {
      await connection.ping();
      proxy.freeze();
      const error = await rejection(connection.ping());
      expect(codeOf(error)).toBe('RESPONSE_TIMEOUT');
      expect(isDatabaseUnavailable(error)).toBe(true);
      proxy.cut();
      await proxy.restore();
      await connection.ping();
    } finally {
      await connection.close();
      await proxy.close();
    }
  }, 20_000);
});
