import { join } from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DbConnection, Schema } from './client.ts';

export const migrationsFolder = join(import.meta.dirname, '../migrations');

/** Applies the committed migrations; already-applied ones are skipped, so re-running is a no-op. */
export async function migrate(connection: DbConnection): Promise<void> {
  // The narrowing casts are safe: createDb built `db` with the driver that `kind` names.
  if (connection.kind === 'pglite') {
    await migratePglite(connection.db as PgliteDatabase<Schema>, { migrationsFolder });
  } else {
    await migratePostgres(connection.db as PostgresJsDatabase<Schema>, { migrationsFolder });
  }
}
