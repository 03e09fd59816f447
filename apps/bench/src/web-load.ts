import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '@ticketing/db/client';
import { migrate } from '@ticketing/db/migrate';
import { chromium } from 'playwright-core';
import { freshDatabase } from './run/bench-database.ts';
import { startServerProcess } from './run/server-process.ts';
import { DEMO_PASSWORD, demoSeed } from './seed/demo-seed.ts';
import { HOT_PROJECT_KEY } from './seed/generate.ts';

// `pnpm --filter @ticketing/bench web-load [--tickets 100000] [--runs 5]`: how long the ticket list of
// the busiest project takes, from navigation to its rows on screen, in Debian's Chromium against the
// production server on PostgreSQL with the demo data set. The first (cold) load is reported apart.
const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const ticketCount = Number(values.tickets);
const runs = Number(values.runs);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const databaseUrl = await freshDatabase(serverUrl, 'ticketing_web_load');
const connection = await createDb({ databaseUrl });
let started = Date.now();
try {
  await migrate(connection);
  await demoSeed(connection.db, ticketCount);
} finally {
  await connection.close();
}
console.log(`seeded ${ticketCount} tickets in ${((Date.now() - started) / 1000).toFixed(0)} s`);

execFileSync('pnpm', ['--filter', '@ticketing/web', 'build'], {
  cwd: join(import.meta.dirname, '../../..'),
  stdio: 'inherit',
});
const server = await startServerProcess(databaseUrl, 3210, { RATE_LIMIT_PER_MINUTE: '0' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext({ baseURL: server.url });
  // The context's request API shares its cookies: this signs the browser in.
  const login = await context.request.post('/api/v1/auth/login', {
    data: { email: 'bench-admin@demo.example', password: DEMO_PASSWORD },
  });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()} ${await login.text()}`);
  const timings: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const page = await context.newPage();
    started = Date.now();
    await page.goto(`/tickets?projectKeys=${HOT_PROJECT_KEY}`);
    await page.locator('tbody tr a').first().waitFor({ state: 'visible', timeout: 30_000 });
    // Milliseconds since the navigation began, by the page's own clock.
    timings.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  const [cold = 0, ...warm] = timings;
  const sorted = [...warm].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `ticket list of ${HOT_PROJECT_KEY} at ${ticketCount} tickets, navigation to rows on screen: cold ${cold.toFixed(0)} ms; ` +
      `then median ${median.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms over ${warm.length} loads (target ≤ 1000 ms)`,
  );
} finally {
  await browser.close();
  await server.stop();
}
