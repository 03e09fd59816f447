import { parseArgs } from 'node:util';
import { freshDatabase } from './run/bench-database.ts';
import { startServerProcess } from './run/server-process.ts';

// `pnpm --filter @ticketing/bench import-time [--rows 10000]`: a CSV of that many rows imported into
// the TSK project through POST /api/v1/projects/TSK/import on the production server (PostgreSQL), a
// dry run first, then the import; the time of each as the client sees it.
const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const rows = Number(values.rows);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl = await freshDatabase(serverUrl, 'ticketing_import_bench');
const server = await startServerProcess(databaseUrl, 3213, { RATE_LIMIT_PER_MINUTE: '0' });
try {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@company.com', password: 'bench-admin-password' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const priorities = ['low', 'medium', 'high', 'critical'];
  const lines = Array.from({ length: rows }, (_, i) => `Imported ${i},${priorities[i % 4]},csv;batch${i % 7}`);
  const csv = `title,priority,labels\n${lines.join('\n')}\n`;
  const post = async (dryRun: boolean) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/v1/projects/TSK/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ csv, dryRun }),
    });
    const body = (await response.json()) as { created?: string[]; failures?: unknown[] };
    if (!response.ok) throw new Error(`import failed: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { seconds: (performance.now() - started) / 1000, created: body.created?.length ?? 0 };
  };
  const check = await post(true);
  const run = await post(false);
  console.log(
    `${rows.toLocaleString('en')} rows (${(csv.length / 1024).toFixed(0)} KB of CSV): dry run ${check.seconds.toFixed(1)} s, ` +
      `import ${run.seconds.toFixed(1)} s, ${run.created.toLocaleString('en')} tickets created (target ≤ 10 s)`,
  );
} finally {
  await server.stop();
}
