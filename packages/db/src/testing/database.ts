import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type CreateDbOptions, createDb, type DbConnection } from '../client.ts';
import { databaseUrlFor } from './database-url.ts';

/**
 * A fresh, migrated database for one test file, copied from the run's template
 * (see global-setup.ts). Close it in afterAll; on PostgreSQL closing also drops it.
 */
export interface TestDatabase extends DbConnection {
  /**
   * Another connection to the same database, as another server process would have: PostgreSQL gives
   * it a pool of its own; PGlite, one process's database, gives the same connection back.
   */
  reopen(): Promise<DbConnection>;
}

export async function createTestDatabase(options: Pick<CreateDbOptions, 'onQuery'> = {}): Promise<TestDatabase> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    const dump = new Blob([await readFile(template.dumpPath)]);
    const connection = await createDb({ loadDataDir: dump, ...options });
    return { ...connection, reopen: async () => connection };
  }

  const name = `tkt_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template.templateName}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(template.serverUrl, name);
  const connection = await createDb({ databaseUrl: url, ...options });
  const others: DbConnection[] = [];
  return {
    ...connection,
    reopen: async () => {
      const other = await createDb({ databaseUrl: url });
      others.push(other);
      return other;
    },
    close: async () => {
      await Promise.all(others.map((other) => other.close()));
      await connection.close();
      const dropper = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}

export interface ServerDatabase {
  /** postgres:// URL of the new database. */
  url: string;
  /** Drops it (with force: connections of a killed server may linger). */
  drop(): Promise<void>;
}

/**
 * A new database on the test run's PostgreSQL server, empty or copied from the migrated template,
 * for tests that start server processes of their own against it. PostgreSQL pass only.
 */
export async function createServerDatabase(options: { migrated: boolean }): Promise<ServerDatabase> {
  const template = inject('dbTemplate');
  if (template.kind !== 'postgres') throw new Error('createServerDatabase needs the PostgreSQL pass (DATABASE_URL)');
  const name = `tkt_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"${options.migrated ? ` template "${template.templateName}"` : ''}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrlFor(template.serverUrl, name),
    drop: async () => {
      const dropper = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
