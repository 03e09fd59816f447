import { parseArgs } from 'node:util';
import { createDb } from '@ticketing/db/client';
import { resolveDataDir } from '@ticketing/db/data-dir';
import { migrate } from '@ticketing/db/migrate';
import { DEMO_PASSWORD, demoSeed } from './seed/demo-seed.ts';

// `pnpm seed --demo [--tickets 300]`: a demo data set in the configured database (PGlite by default).
const { values } = parseArgs({ options: { demo: { type: 'boolean' }, tickets: { type: 'string', default: '300' } } });
if (!values.demo) {
  console.error('Usage: pnpm seed --demo [--tickets N]   (the benchmark seeds its own database: pnpm bench)');
  process.exit(2);
}
const count = Number(values.tickets);
if (!Number.isInteger(count) || count < 1 || count > 100_000) {
  console.error('--tickets must be a whole number from 1 to 100000 for the demo');
  process.exit(2);
}
const connection = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolveDataDir(process.env.DATA_DIR),
});
try {
  await migrate(connection);
  const result = await demoSeed(connection.db, count);
  console.log(
    result.created
      ? `demo data: ${result.users} users (admin bench-admin@demo.example, others user1@demo.example …; password "${DEMO_PASSWORD}"), ${result.tickets} tickets in project HOT and others`
      : 'demo data already present (project HOT exists); nothing changed',
  );
} finally {
  await connection.close();
}
