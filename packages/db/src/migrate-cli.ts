import { createDb } from './client.ts';
import { resolveDataDir } from './data-dir.ts';
import { migrate } from './migrate.ts';

// `pnpm db:migrate`: the same migrations the server applies at start.
const connection = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolveDataDir(process.env.DATA_DIR),
});
try {
  await migrate(connection);
  console.log(`migrations applied (${connection.kind})`);
} finally {
  await connection.close();
}
