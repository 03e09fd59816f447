import { parseArgs } from 'node:util';
import { rssOf, startServerProcess } from './run/server-process.ts';

// `pnpm --filter @ticketing/bench export-memory [--database ticketing_bench]`: every ticket of a
// database seeded by `pnpm bench` (its admin sees them all) exported as CSV through the production
// server, sampling the server's RSS while the export streams. Run `pnpm bench --tickets 1000000
// --quick --reports-only` first for a million.
const { values } = parseArgs({ options: { database: { type: 'string', default: 'ticketing_bench' } } });
const serverUrl = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
serverUrl.pathname = `/${values.database}`;
const server = await startServerProcess(serverUrl.toString(), 3212, { RATE_LIMIT_PER_MINUTE: '0' });
const pid = server.child.pid ?? 0;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
try {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench-admin@example.com', password: 'bench-password' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const baseline = rssOf(pid);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 50);
  const started = Date.now();
  const response = await fetch(`${server.url}/api/v1/tickets/export.csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  let bytes = 0;
  let lines = 0;
  // RSS as the export goes, every 50 MB: flat means it stops growing, whatever the size so far.
  const along: string[] = [];
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
    if (Math.floor(bytes / (50 * 1024 * 1024)) > along.length) along.push(`${mb(bytes)} MB: ${mb(rssOf(pid))}`);
  }
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `exported ${lines.toLocaleString('en')} lines (${mb(bytes)} MB; descriptions may span lines) in ${seconds.toFixed(0)} s ` +
      `(${Math.round(bytes / 1024 / 1024 / seconds)} MB/s): server RSS ${mb(baseline)} MB before, peak ${mb(peak)} MB (+${mb(peak - baseline)} MB)`,
  );
  console.log(`server RSS (MB) after each 50 MB sent: ${along.join(' · ')}`);
} finally {
  await server.stop();
}
