import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

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
  /** Called with every SQL statement Drizzle sends (tests count queries; benchmarks capture them). */
  onQuery?: ((query: string, params: unknown[]) => void) | undefined;
}

const drizzleOptionsOf = (options: CreateDbOptions) =>
  ({
    schema,
    casing: 'snake_case',
    ...(options.onQuery ? { logger: { logQuery: options.onQuery } } : {}),
  }) as const;

export async function createDb(options: CreateDbOptions = {}): Promise<DbConnection> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      // Re-running idempotent migrations prints a NOTICE per statement otherwise.
      onnotice: () => {},
    });
    const db = drizzlePostgres({ client, ...drizzleOptionsOf(options) });
    return {
      db,
      kind: 'postgres',
      ping: async () => {
        await client`select 1`;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, ...drizzleOptionsOf(options) });
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
    pglite: client,
  };
}
