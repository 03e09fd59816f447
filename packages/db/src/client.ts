import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { PreparedTexts, preparingClient } from './prepared-statements.ts';
import * as schema from './schema/index.ts';
import { holdStartupLock } from './startup-lock.ts';

export type Schema = typeof schema;
/** The one Drizzle API the rest of the code sees, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DbKind = 'pglite' | 'postgres';

export interface DbConnection {
  db: Database;
  kind: DbKind;
  /** Runs `select 1`; rejects when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `fn` as the only process doing so on this database, on a connection of its own without a
   * statement timeout: for start-up work (migrations, the first admin) that servers starting together
   * must not race. PostgreSQL: a session advisory lock, released when `fn` ends or the process dies.
   * PGlite: the data directory lock already makes this process the only one.
   */
  exclusively<T>(fn: (connection: DbConnection) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (sent at commit; never for a rolled-back
   * transaction). PostgreSQL: one listening connection per process, re-established after an outage
   * (notifications sent while it was down are lost: listeners also poll, and `onListening` is called
   * each time listening starts, the first time and after every reconnection). Returns the way to stop.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListening?: () => void): Promise<() => Promise<void>>;
  /** The embedded database, when kind is 'pglite' (the test harness dumps it). */
  pglite?: PGlite;
}

export interface CreateDbOptions {
  /** postgres:// URL; when absent, an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite persists its files; ignored with databaseUrl. */
  dataDir?: string | undefined;
  /** A dumped PGlite data directory to start from (used by the test harness). */
  loadDataDir?: Blob | undefined;
  /** postgres.js pool size. */
  maxConnections?: number | undefined;
  /** Bounds on every wait for the PostgreSQL server; each one unbounded when absent. */
  timeouts?: Partial<DbTimeouts> | undefined;
  /** Called with every SQL statement Drizzle sends (tests count queries; benchmarks capture them). */
  onQuery?: ((query: string, params: unknown[]) => void) | undefined;
}

export interface DbTimeouts {
  /** Opening a connection (TCP, TLS, authentication). */
  connectMs: number;
  /**
   * One statement on the server (PostgreSQL's statement_timeout); also how long a transaction may sit
   * idle, and (plus 5 s) how long a connection may stay silent while a query waits on it.
   */
  statementMs: number;
  /** Waiting for a free pooled connection when every one is busy. */
  acquireMs: number;
}

// A restarted server is retried quickly (50 ms, doubling, at most 1 s apart) rather than with the
// driver's default backoff of up to 20 s, so service resumes within a second of the database.
const reconnectBackoffSeconds = (retries: number) => Math.min(0.05 * 2 ** retries, 1);

function postgresOptions(options: CreateDbOptions): postgres.Options<Record<string, postgres.PostgresType>> {
  const { connectMs, statementMs, acquireMs } = options.timeouts ?? {};
  return {
    max: options.maxConnections ?? 10,
    // Re-running idempotent migrations prints a NOTICE per statement otherwise.
    onnotice: () => {},
    backoff: reconnectBackoffSeconds,
    ...(connectMs ? { connect_timeout: connectMs / 1000 } : {}),
    ...(acquireMs ? { acquire_timeout: acquireMs / 1000 } : {}),
    ...(statementMs
      ? {
          // The server cancels a statement at statement_timeout and says so; hearing nothing for 5 s
          // more means the network path is gone (a dead peer is otherwise found only by TCP keep-alive).
          response_timeout: (statementMs + 5_000) / 1000,
          connection: {
            statement_timeout: statementMs,
            idle_in_transaction_session_timeout: statementMs,
          },
        }
      : {}),
  };
}

const drizzleOptionsOf = (options: CreateDbOptions) =>
  ({
    schema,
    casing: 'snake_case',
    ...(options.onQuery ? { logger: { logQuery: options.onQuery } } : {}),
  }) as const;

export async function createDb(options: CreateDbOptions = {}): Promise<DbConnection> {
  return options.databaseUrl ? createPostgresDb(options.databaseUrl, options) : createPgliteDb(options);
}

function createPostgresDb(databaseUrl: string, options: CreateDbOptions): DbConnection {
  const client = postgres(databaseUrl, postgresOptions(options));
  const connection: DbConnection = {
    db: drizzlePostgres({ client: preparingClient(client, new PreparedTexts()), ...drizzleOptionsOf(options) }),
    kind: 'postgres',
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onNotify, onListening) => {
      const subscription = await client.listen(channel, (payload) => onNotify(payload), onListening);
      return () => subscription.unlisten();
    },
    exclusively: async (fn) => {
      const single = createPostgresDb(databaseUrl, {
        ...options,
        maxConnections: 1,
        timeouts: { connectMs: options.timeouts?.connectMs },
      });
      try {
        await holdStartupLock(single.db);
        return await fn(single);
      } finally {
        // Ending the session releases its advisory lock.
        await single.close();
      }
    },
  };
  return connection;
}

async function createPgliteDb(options: CreateDbOptions): Promise<DbConnection> {
  // Loaded only when used: a server on PostgreSQL never pays for the embedded database (~9 MB RSS).
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  let lock: DataDirLock | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = await lockDataDir(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // PGlite runs each statement synchronously and resolves it with promises alone, so a queue of
  // statements would run back to back without the event loop ever polling sockets: under load the
  // server accepted one connection per half second. A turn of the event loop before each statement
  // keeps accepting and reading requests going alongside.
  const runExclusiveQuery = client._runExclusiveQuery.bind(client);
  client._runExclusiveQuery = async (fn) => {
    await new Promise(setImmediate);
    return runExclusiveQuery(fn);
  };
  const connection: DbConnection = {
    db: drizzlePglite({ client, ...drizzleOptionsOf(options) }),
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
    exclusively: (fn) => fn(connection),
    listen: async (channel, onNotify, onListening) => {
      const stop = await client.listen(channel, (payload) => onNotify(payload));
      onListening?.();
      return stop;
    },
    pglite: client,
  };
  return connection;
}
