import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createApiToken } from '@ticketing/core/auth/api-tokens';
import { createSession } from '@ticketing/core/auth/sessions';
import { createDb } from '@ticketing/db/client';
import { migrate } from '@ticketing/db/migrate';
import { projects, tickets, users } from '@ticketing/db/schema';
import { and, count, eq, lte } from 'drizzle-orm';
import postgres from 'postgres';
import { freshDatabase } from './run/bench-database.ts';
import { captureSql } from './run/capture-sql.ts';
import { pgbenchScript, runPgbench } from './run/pgbench.ts';
import { checkTargets, formatTable, type Row, type Target, writeResults } from './run/report.ts';
import { startServerProcess } from './run/server-process.ts';
import { copySeed } from './seed/copy-seed.ts';
import { HOT_PROJECT_KEY, planFor } from './seed/generate.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
    'reports-only': { type: 'boolean', default: false },
    seconds: { type: 'string' },
    database: { type: 'string', default: 'ticketing_bench' },
  },
});

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error(
    'pnpm bench measures the API on PostgreSQL, the scale target: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).\n' +
      'It refuses PGlite, the embedded default, which is single-connection and not what a large backlog runs on.',
  );
  process.exit(2);
}
const ticketCount = Number(values.tickets);
if (!Number.isInteger(ticketCount) || ticketCount < 1000 || ticketCount > 5_000_000) {
  console.error('--tickets must be a whole number from 1000 to 5000000');
  process.exit(2);
}
const seconds = Number(values.seconds ?? (values.quick ? 4 : 10));
const plan = planFor(ticketCount);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

console.error(`== database ${values.database}: fresh, migrated, ${ticketCount.toLocaleString('en')} tickets`);
const databaseUrl = await freshDatabase(serverUrl, values.database);
const setup = await createDb({ databaseUrl, maxConnections: 2 });
await migrate(setup);
const loader = postgres(databaseUrl, { max: 1, onnotice: () => {} });
const seeded = await copySeed(loader, plan, 'bench-password');
await loader.end();
console.error(
  `seeded in ${seeded.seconds.toFixed(1)} s (${Math.round(ticketCount / seeded.seconds).toLocaleString('en')} tickets/s, indexes included)`,
);

const [admin] = await setup.db.select().from(users).where(eq(users.email, 'bench-admin@example.com'));
const [hot] = await setup.db.select().from(projects).where(eq(projects.key, HOT_PROJECT_KEY));
if (!admin || !hot) throw new Error('seed did not create the admin or the hot project');
const [hotTickets] = await setup.db.select({ n: count() }).from(tickets).where(eq(tickets.projectId, hot.id));
const hotCount = hotTickets?.n ?? 0;
const { session } = await createSession(setup.db, admin.id);
const { token } = await createApiToken(
  { db: setup.db, config: { allowRegistration: false } },
  { userId: admin.id, role: admin.role, via: { kind: 'session', sessionId: session.id } },
  { name: 'bench', scopes: ['read', 'write'] },
);

console.error('== capturing the SQL the server issues');
const captured = await captureSql(databaseUrl, token, HOT_PROJECT_KEY);

// The transition scenario moves HOT-1 … HOT-pool from open at version 1; reset them before each run.
const transitionPool = Math.min(hotCount, 200_000);
const resetTransitionPool = () =>
  setup.db
    .update(tickets)
    .set({ status: 'open', version: 1, closedAt: null })
    .where(and(eq(tickets.projectId, hot.id), lte(tickets.number, transitionPool)));

// Rate limiting is off for the load: one token at thousands of requests per second would be its own
// bottleneck (one upsert of one hot row per request); its cost is a separate concern from the API's.
const server = await startServerProcess(databaseUrl, await freePort(), { RATE_LIMIT_PER_MINUTE: '0' });
console.error(`== server ${server.url} (pid ${server.child.pid}, NODE_ENV=production)`);

const reportScenarios = [
  'report-dashboard',
  'report-breakdown',
  'report-created',
  'report-cycle',
  'report-aging',
  'report-activity',
] as const;
const scenarios = [
  ...(values['reports-only'] ? [] : (['get', 'list', 'search', 'create', 'transition', 'mixed'] as const)),
  ...reportScenarios,
];
/** Reports run one at a time (a person opening them); the dashboard also under load. */
const connectionsFor = (scenario: (typeof scenarios)[number]) =>
  scenario === 'report-dashboard' ? [1, 32] : scenario.startsWith('report-') ? [1] : [1, 32];
const pgbenchFor: Partial<Record<(typeof scenarios)[number], string>> = {
  get: 'get',
  list: 'list',
  create: 'create',
  transition: 'transition',
};
const rows: Row[] = [];
try {
  // Warm-up: the first requests compile code paths and fill caches.
  await runLoad('get', 4, 2);
  // A report under load leaves a queue of slow queries behind it: the reports' c=32 runs go last, so
  // that queue never lands in another scenario's numbers.
  const runs = scenarios
    .flatMap((scenario) => connectionsFor(scenario).map((connections) => ({ scenario, connections })))
    .sort(
      (a, b) =>
        Number(a.scenario.startsWith('report-') && a.connections > 1) -
        Number(b.scenario.startsWith('report-') && b.connections > 1),
    );
  for (const { scenario, connections } of runs) {
    if (scenario === 'transition') await resetTransitionPool();
    const stopSampling = server.sampleRss();
    const result = await runLoad(scenario, connections, seconds);
    const rssPeakMb = stopSampling() / 1024 / 1024;
    const name = pgbenchFor[scenario];
    const scenarioSql = name ? captured[name] : undefined;
    if (scenario === 'transition') await resetTransitionPool();
    const pgbenchTps =
      name && scenarioSql
        ? await runPgbench(
            databaseUrl,
            pgbenchScript(name, scenarioSql, HOT_PROJECT_KEY, Math.min(hotCount, transitionPool)),
            connections,
            Math.max(3, Math.round(seconds / 2)),
          )
        : null;
    const row: Row = {
      scenario,
      connections,
      rps: result.rps,
      p50: result.p50,
      p99: result.p99,
      errors: result.non2xx + result.errors,
      rssPeakMb,
      pgbenchTps,
      ratio: pgbenchTps ? result.rps / pgbenchTps : null,
    };
    rows.push(row);
    console.error(formatTable([row]).split('\n')[1]);
  }
} finally {
  await server.stop();
  await setup.close();
}

const reportTargets: Target[] = [
  ...reportScenarios.map((scenario) => ({ scenario, connections: 1, p99: 100 })),
  { scenario: 'report-dashboard', connections: 32, rps: 200 },
];
const targets: Target[] = values['reports-only']
  ? reportTargets
  : ticketCount >= 1_000_000
    ? [{ scenario: 'list', connections: 1, p99: 30 }, { scenario: 'search', connections: 1, p99: 30 }, ...reportTargets]
    : [
        { scenario: 'get', connections: 32, rps: 10_000, p99: 50, rssMb: 256 },
        { scenario: 'list', connections: 32, rps: 5_000, p99: 50, rssMb: 256 },
        { scenario: 'create', connections: 32, rps: 1_500, p99: 50, rssMb: 256 },
        { scenario: 'transition', connections: 32, rps: 3_000, p99: 50, rssMb: 256 },
        { scenario: 'search', connections: 32, p99: 50 },
        { scenario: 'mixed', connections: 32, p99: 50 },
        ...reportTargets,
      ];

const table = formatTable(rows);
const verdicts = checkTargets(rows, targets);
const errors = rows.reduce((sum, row) => sum + row.errors, 0);
console.log(`\n${table}\n`);
console.log(verdicts.join('\n'));
if (errors > 0)
  console.log(`\n!!! ${errors} requests FAILED (non-2xx or errors): the numbers above include failures !!!`);

const { stdout: pgVersion } = await promisify(execFile)('psql', [serverUrl, '-Atc', 'show server_version']).catch(
  () => ({ stdout: '?' }),
);
const file = await writeResults(join(import.meta.dirname, '../../../bench/results'), {
  date: new Date().toISOString(),
  command: `pnpm bench --tickets ${ticketCount}${values.quick ? ' --quick' : ''}${values['reports-only'] ? ' --reports-only' : ''}`,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: pgVersion.trim(),
  },
  tickets: ticketCount,
  seedSeconds: seeded.seconds,
  secondsPerScenario: seconds,
  rows,
  targets: verdicts,
  errors,
});
console.log(`\nwritten to ${file}`);

async function runLoad(scenario: (typeof scenarios)[number], connections: number, duration: number) {
  const spec = {
    url: server.url,
    token,
    scenario,
    connections,
    seconds: duration,
    hotKey: HOT_PROJECT_KEY,
    hotCount,
    transitionPool,
  };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'run/load.ts'), JSON.stringify(spec)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    rps: number;
    p50: number;
    p99: number;
    non2xx: number;
    errors: number;
  };
}
