import { createDb } from './client.ts';
import { resolveDataDir } from './data-dir.ts';
import { migrate } from './migrate.ts';

// `pnpm db:migrate`: the same migrations the server applies at start.
const connection = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolveDataDir(process.env.DATA_DIR),
});
try {
  // Under the same lock as servers starting up: a deploy job and a starting server never race.
  await connection.exclusively(migrate);
  console.log(`migrations applied (${connection.kind})`);
} finally {
  await connection.close();
}
