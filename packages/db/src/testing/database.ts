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
export async function createTestDatabase(options: Pick<CreateDbOptions, 'onQuery'> = {}): Promise<DbConnection> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    const dump = new Blob([await readFile(template.dumpPath)]);
    return createDb({ loadDataDir: dump, ...options });
  }

  const name = `tkt_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template.templateName}"`);
  } finally {
    await admin.end();
  }
  const connection = await createDb({ databaseUrl: databaseUrlFor(template.serverUrl, name), ...options });
  return {
    ...connection,
    close: async () => {
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
