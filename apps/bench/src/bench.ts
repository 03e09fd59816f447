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
import { and, count, eq, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { startReferenceServer } from './reference/start-reference.ts';
import { freshDatabase } from './run/bench-database.ts';
import {
  bestOf,
  type Comparison,
  checkComparisons,
  comparisonOf,
  formatComparisons,
  type LoadRun,
} from './run/compare.ts';
import { countCpu } from './run/cpu.ts';
import { waitForIdle } from './run/idle.ts';
import { checkTargets, formatTable, type Row, type Target, writeResults } from './run/report.ts';
import {
  benchRules,
  dropOpenRuns,
  type LagSamples,
  type LagStats,
  lagSamples,
  lastEventId,
  RuleSet,
  summarizeLag,
  waitForRuns,
} from './run/rules.ts';
import { startServerProcess } from './run/server-process.ts';
import { waitForBackgroundWork } from './run/settle.ts';
import { copySeed } from './seed/copy-seed.ts';
import { HOT_PROJECT_KEY, planFor } from './seed/generate.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
    'reports-only': { type: 'boolean', default: false },
    seconds: { type: 'string' },
    database: { type: 'string', default: 'ticketing_bench' },
    only: { type: 'string' },
    workers: { type: 'string', default: '1' },
    pool: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const loadScenarios = ['get', 'get-trpc', 'list', 'search', 'create', 'transition', 'mixed', 'create-rules'] as const;
const reportScenarios = [
  'report-dashboard',
  'report-breakdown',
  'report-created',
  'report-cycle',
  'report-aging',
  'report-activity',
] as const;
/** The rules scenario: this many rules; how long their runs of one window may take to finish after the load. */
const RULE_COUNT = 20;
/** Server RSS under load. */
const RSS_TARGET_MB = 200;
const DRAIN_MS = 60_000;
type Scenario = (typeof loadScenarios)[number] | (typeof reportScenarios)[number];
const allScenarios: readonly Scenario[] = [...loadScenarios, ...reportScenarios];

if (values.help) {
  console.log(`pnpm bench [options]   (DATABASE_URL=postgres://… required)
  --tickets N        tickets seeded (1000 … 5000000; default 100000)
  --quick            4 s per scenario instead of 10
  --seconds S        seconds per scenario
  --reports-only     only the report scenarios
  --only a,b         only these scenarios: ${allScenarios.join(', ')}
  --database NAME    the database created (dropped first) on DATABASE_URL's server (default ticketing_bench)
  --workers N        our server's processes (env WORKERS, default 1); above 1, get, list, create and
                     transition at c=32 are also measured with N processes
  --pool N           our server's PostgreSQL pool per process (env DB_POOL_MAX; default: the server's,
                     10 with one process, 5 each with two) and the reference's (default 10)`);
  process.exit(0);
}
const only = values.only?.split(',').map((name) => name.trim()) ?? null;
const unknownScenario = only?.find((name) => !allScenarios.includes(name as Scenario));
if (unknownScenario) {
  console.error(`--only: unknown scenario "${unknownScenario}" (scenarios: ${allScenarios.join(', ')})`);
  process.exit(2);
}

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
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
  console.error('--workers must be a whole number from 1 to 64');
  process.exit(2);
}
const pool = values.pool === undefined ? undefined : Number(values.pool);
if (pool !== undefined && (!Number.isInteger(pool) || pool < 1 || pool > 200)) {
  console.error('--pool must be a whole number from 1 to 200');
  process.exit(2);
}
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

// The transition scenario moves HOT-1 … HOT-pool from open at version 1; reset them before each run
// (only those a run moved: rewriting every row would leave the table full of dead ones).
const transitionPool = Math.min(hotCount, 200_000);
const resetTransitionPool = () =>
  setup.db
    .update(tickets)
    .set({ status: 'open', version: 1, closedAt: null })
    .where(
      and(
        eq(tickets.projectId, hot.id),
        lte(tickets.number, transitionPool),
        or(ne(tickets.status, 'open'), ne(tickets.version, 1), isNotNull(tickets.closedAt)),
      ),
    );

// Rate limiting is enforced, as in the default configuration, with a limit the load never reaches:
// what it costs per request is part of what is measured. The reference counts in process. The pools
// are --pool when given; otherwise each server's default: 10 connections, which our server divides
// between its processes when it runs several (with two, the same total as the reference's).
const SERVER_ENV = { RATE_LIMIT_PER_MINUTE: '100000000', ...(pool === undefined ? {} : { DB_POOL_MAX: String(pool) }) };
const startOne = async () => {
  const one = await startServerProcess(databaseUrl, await freePort(), { ...SERVER_ENV, WORKERS: '1' });
  console.error(`== server ${one.url} (pid ${one.child.pid}, NODE_ENV=production, WORKERS=1)`);
  return one;
};
let server = await startOne();
const reference = await startReferenceServer(databaseUrl, await freePort(), SERVER_ENV);
console.error(`== reference server ${reference.url} (pid ${reference.pid}: node:http + postgres.js)`);

const scenarios: Scenario[] = [...(values['reports-only'] ? [] : loadScenarios), ...reportScenarios].filter(
  (scenario) => !only || only.includes(scenario),
);
/**
 * Reports run one at a time (a person opening them); the dashboard also under load. Creates with
 * rules at the load's concurrency (the rule lag matters when tickets arrive fast).
 */
const connectionsFor = (scenario: Scenario) =>
  scenario === 'report-dashboard'
    ? [1, 32]
    : scenario === 'create-rules'
      ? [32]
      : scenario.startsWith('report-')
        ? [1]
        : [1, 32];
/** Measured against the reference server, side by side. */
const comparedScenarios: readonly Scenario[] = ['get', 'list', 'create', 'transition'];
/** Runs of each server per comparison, interleaved: ours, reference, ours, reference. */
const RUNS_EACH = 2;
const rows: Row[] = [];
const comparisons: Comparison[] = [];
let rules: RulesResult | null = null;
try {
  // Warm-up: the first requests compile code paths, fill caches and prepare statements.
  await runLoad(server.url, 'get', 4, 2);
  await runLoad(reference.url, 'get', 4, 2);
  if (scenarios.some((scenario) => comparedScenarios.includes(scenario))) {
    console.error(
      `== ours vs reference: ${RUNS_EACH} runs each, interleaved, each after the machine is ≥ 85% idle over 1 s (waiting ≤ 20 s); best run of each (highest req/s, lowest p50/p99)`,
    );
  }
  // In phases, each leaving nothing behind for the next: the API's scenarios; the same with N processes;
  // the reports (a report under load leaves a queue of slow queries: their c=32 run is the last of
  // them); creates with rules last of all, since their runs outlast the load.
  const phaseOf = (scenario: Scenario, connections: number) =>
    scenario === 'create-rules' ? 3 : scenario.startsWith('report-') ? (connections > 1 ? 2.5 : 2) : 0;
  const runs = scenarios
    .flatMap((scenario) => connectionsFor(scenario).map((connections) => ({ scenario, connections })))
    .sort((a, b) => phaseOf(a.scenario, a.connections) - phaseOf(b.scenario, b.connections));
  let workersMeasured = false;
  for (const { scenario, connections } of runs) {
    if (phaseOf(scenario, connections) > 0 && !workersMeasured) {
      workersMeasured = true;
      await measureWorkers();
    }
    await betweenScenarios();
    if (scenario === 'create-rules') {
      rules = await runRulesScenario(connections);
      rows.push(...rules.rows);
      continue;
    }
    if (comparedScenarios.includes(scenario)) {
      comparisons.push(await compare(scenario, connections, server, 1));
      continue;
    }
    const stopSampling = server.sampleRss();
    const result = await runLoad(server.url, scenario, connections, seconds);
    const rssPeakMb = stopSampling() / 1024 / 1024;
    const row: Row = {
      scenario,
      connections,
      rps: result.rps,
      p50: result.p50,
      p99: result.p99,
      errors: result.non2xx + result.errors,
      rssPeakMb,
    };
    rows.push(row);
    console.error(formatTable([row]).split('\n')[1]);
  }
  if (!workersMeasured) await measureWorkers();
} finally {
  await reference.stop();
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
        // get, list, create and transition: against the reference server (checkComparisons).
        { scenario: 'search', connections: 32, p99: 50 },
        { scenario: 'mixed', connections: 32, p99: 50 },
        ...reportTargets,
      ];

const rulesReport = rules ? rulesVerdicts(rules) : null;
const verdicts = [
  ...checkComparisons(comparisons, RSS_TARGET_MB),
  ...checkTargets(rows, targets),
  ...(rulesReport?.verdicts ?? []),
];
const errors =
  rows.reduce((sum, row) => sum + row.errors, 0) +
  comparisons.reduce((sum, row) => sum + row.ours.errors + row.reference.errors, 0);
if (comparisons.length > 0) {
  console.log(
    `\nours vs the reference server (same run; best of ${RUNS_EACH} interleaved runs each: highest req/s, lowest p50/p99; o/r = ours/reference):\n${formatComparisons(comparisons)}`,
  );
}
if (rows.length > 0) console.log(`\n${formatTable(rows)}`);
console.log('');
if (rulesReport) console.log(`${rulesReport.lines.join('\n')}\n`);
console.log(verdicts.join('\n'));
if (errors > 0)
  console.log(`\n!!! ${errors} requests FAILED (non-2xx or errors): the numbers above include failures !!!`);

const { stdout: pgVersion } = await promisify(execFile)('psql', [serverUrl, '-Atc', 'show server_version']).catch(
  () => ({ stdout: '?' }),
);
const file = await writeResults(join(import.meta.dirname, '../../../bench/results'), {
  date: new Date().toISOString(),
  command: `pnpm bench --tickets ${ticketCount}${values.quick ? ' --quick' : ''}${values['reports-only'] ? ' --reports-only' : ''}${values.seconds ? ` --seconds ${values.seconds}` : ''}${only ? ` --only ${only.join(',')}` : ''}${workers > 1 ? ` --workers ${workers}` : ''}${pool !== undefined ? ` --pool ${pool}` : ''}`,
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
  workers,
  // Per process; 'default': each server's own (the README's DB_POOL_MAX).
  pool: pool ?? 'default',
  comparisons,
  rows,
  ...(rules
    ? {
        rules: {
          count: RULE_COUNT,
          lag: rules.lag,
          drained: rules.drained,
          dropped: rules.dropped,
          segments: rules.segments,
        },
      }
    : {}),
  targets: verdicts,
  errors,
});
console.log(`\nwritten to ${file}`);

/** One measured run of one server: the pool reset (transition), an idle machine, the load. */
async function measure(
  target: { url: string; sampleRss(): () => number; pids(): number[] },
  scenario: Scenario,
  connections: number,
): Promise<LoadRun> {
  if (scenario === 'transition') await resetTransitionPool();
  const idle = await waitForIdle();
  const stopSampling = target.sampleRss();
  const stopCounting = countCpu(() => target.pids());
  const result = await runLoad(target.url, scenario, connections, seconds);
  const cpu = stopCounting();
  const rssPeakMb = stopSampling() / 1024 / 1024;
  if (!idle.reached && idle.idle !== null) {
    console.error(
      `   (the machine was only ${Math.round(idle.idle * 100)}% idle after ${idle.waitedMs / 1000} s: measured anyway)`,
    );
  }
  return {
    rps: result.rps,
    p50: result.p50,
    p99: result.p99,
    errors: result.non2xx + result.errors,
    failedStatuses: Object.fromEntries(
      Object.entries(result.statusCodes)
        .filter(([status]) => !status.startsWith('2'))
        .map(([status, { count }]) => [status, count]),
    ),
    rssPeakMb,
    idleBefore: idle.idle,
    machineBusy: cpu.machineBusy,
    cpuMsPerRequest: result.requests > 0 ? cpu.serverMs / result.requests : null,
  };
}

/** Ours and the reference, interleaved (ours, reference, ours, reference), summed up alike. */
async function compare(
  scenario: Scenario,
  connections: number,
  ours: { url: string; sampleRss(): () => number; pids(): number[] },
  processes: number,
): Promise<Comparison> {
  const runs: { ours: LoadRun[]; reference: LoadRun[] } = { ours: [], reference: [] };
  for (let round = 0; round < RUNS_EACH; round += 1) {
    for (const [name, target] of [
      ['ours', ours],
      ['reference', reference],
    ] as const) {
      const run = await measure(target, scenario, connections);
      runs[name].push(run);
      console.error(
        `   ${scenario} c=${connections}${processes > 1 ? ` ×${processes}` : ''} ${name}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.errors} errors${statusesOf(run.failedStatuses)}, ${run.cpuMsPerRequest?.toFixed(2) ?? '–'} CPU ms/req, machine ${run.machineBusy === null ? '?' : Math.round(run.machineBusy * 100)}% busy (${run.idleBefore === null ? 'idle unknown' : `${Math.round(run.idleBefore * 100)}% idle before`})`,
      );
    }
  }
  const row = comparisonOf(scenario, connections, processes, bestOf(runs.ours), bestOf(runs.reference));
  console.error(formatComparisons([row]).split('\n')[1]);
  return row;
}

async function runLoad(url: string, scenario: Scenario, connections: number, duration: number) {
  const spec = {
    url,
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
    requests: number;
    seconds: number;
    rps: number;
    p50: number;
    p99: number;
    non2xx: number;
    errors: number;
    /** autocannon's count of answers per status code. */
    statusCodes: Record<string, { count: number }>;
  };
}

/** ` (409×3, 500×1)`, or nothing when every answer was 2xx. */
function statusesOf(failed: Record<string, number>): string {
  const entries = Object.entries(failed);
  return entries.length === 0 ? '' : ` (${entries.map(([status, count]) => `${status}×${count}`).join(', ')})`;
}

interface RulesResult {
  rows: Row[];
  lag: LagStats;
  /** Every run of every window finished within the wait. */
  drained: boolean;
  /** Runs still queued after a wait ran out or when the rules went off, dropped so the next window starts clean. */
  dropped: number;
  segments: { rules: boolean; requests: number; rps: number; p50: number; p99: number; errors: number }[];
}

/**
 * Creates with 20 enabled rules on the hot project against creates without, interleaved (without,
 * with, with, without: a drift of the machine over the run weighs on both alike), at the plain create
 * scenario's concurrency. After each window with rules, waits (at most DRAIN_MS) for every run its
 * events started, then reads their lag from the database. The rules are deleted at the end.
 */
async function runRulesScenario(connections: number): Promise<RulesResult> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const ruleSet = new RuleSet(server.url, token);
  const samples: LagSamples[] = [];
  const segments: RulesResult['segments'] = [];
  const rss = { base: 0, rules: 0 };
  let drained = true;
  let dropped = 0;
  try {
    await ruleSet.create(benchRules(HOT_PROJECT_KEY));
    let enabled = false;
    for (const withRules of [false, true, true, false]) {
      if (withRules !== enabled) {
        await ruleSet.setEnabled(withRules);
        enabled = withRules;
        // Runs that rules' own changes started after the last window (the one rule listening to them
        // never acts) would otherwise run in this window without rules.
        if (!withRules) dropped += await dropOpenRuns(sql);
      }
      const after = await lastEventId(sql);
      const stopSampling = server.sampleRss();
      const result = await runLoad(server.url, 'create', connections, seconds);
      const peak = stopSampling() / 1024 / 1024;
      rss[withRules ? 'rules' : 'base'] = Math.max(rss[withRules ? 'rules' : 'base'], peak);
      const upTo = await lastEventId(sql);
      let waited = '';
      if (withRules) {
        const started = Date.now();
        const finished = await waitForRuns(sql, { after, upTo }, DRAIN_MS);
        waited = finished
          ? `; its runs finished ${((Date.now() - started) / 1000).toFixed(1)} s after the load`
          : `; its runs had not all finished ${DRAIN_MS / 1000} s after the load`;
        samples.push(await lagSamples(sql, { after, upTo }));
        if (!finished) {
          // What is left would run into the next window: the rules go off, the consumer reads past the
          // window (queuing nothing now), and the runs still queued are dropped.
          drained = false;
          await ruleSet.setEnabled(false);
          enabled = false;
          await waitForRuns(sql, { after, upTo }, DRAIN_MS, true);
          dropped += await dropOpenRuns(sql);
        }
      }
      const errors = result.non2xx + result.errors;
      segments.push({
        rules: withRules,
        requests: result.requests,
        rps: result.rps,
        p50: result.p50,
        p99: result.p99,
        errors,
      });
      console.error(
        `   create ${withRules ? `with ${RULE_COUNT} rules` : 'without rules'}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${errors} errors` +
          waited,
      );
    }
  } finally {
    await ruleSet.setEnabled(false);
    await ruleSet.remove();
    dropped += await dropOpenRuns(sql);
    await sql.end();
  }
  // Both windows of a kind as one: their requests over their time; the worse of their latencies.
  const rowOf = (withRules: boolean): Row => {
    const mine = segments.filter((segment) => segment.rules === withRules);
    const requests = mine.reduce((sum, segment) => sum + segment.requests, 0);
    const time = mine.reduce((sum, segment) => sum + (segment.rps > 0 ? segment.requests / segment.rps : seconds), 0);
    return {
      scenario: withRules ? `create r=${RULE_COUNT}` : 'create r=0',
      connections,
      rps: time > 0 ? requests / time : 0,
      p50: Math.max(...mine.map((segment) => segment.p50)),
      p99: Math.max(...mine.map((segment) => segment.p99)),
      errors: mine.reduce((sum, segment) => sum + segment.errors, 0),
      rssPeakMb: rss[withRules ? 'rules' : 'base'],
    };
  };
  return { rows: [rowOf(false), rowOf(true)], lag: summarizeLag(samples), drained, dropped, segments };
}

/** The rules scenario's lines: the lag, its target, and the throughput with rules against without. */
function rulesVerdicts(result: RulesResult): { lines: string[]; verdicts: string[] } {
  const { lag } = result;
  const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : `> ${DRAIN_MS / 1000} s`);
  const outcomes = Object.entries(lag.outcomes)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  const lines = [
    `rule lag (event committed → run finished), ${RULE_COUNT} rules, ${lag.events} tickets created with them on, ${lag.runs} runs (${outcomes}):`,
    `  p50 ${ms(lag.p50)}, p95 ${ms(lag.p95)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)}; event → job enqueued p50 ${ms(lag.enqueueP50)}, p99 ${ms(lag.enqueueP99)}`,
    result.drained
      ? '  every run finished within the wait'
      : `  ${lag.runs - lag.finished} runs had not finished ${DRAIN_MS / 1000} s after the load stopped` +
        ` (${lag.notQueued ? `≈${lag.notQueued} of them not even queued: the consumer had not read their events; ` : ''}${result.dropped} queued ones dropped after the wait)`,
  ];
  const [base, withRules] = result.rows;
  const verdicts: string[] = [];
  const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  verdicts.push(
    `${mark(lag.runs > 0 && lag.p99 <= 1000)} rule lag p99 ${ms(lag.p99)} at the create rate (target ≤ 1000 ms)`,
  );
  if (base && withRules && base.rps > 0) {
    const share = withRules.rps / base.rps;
    verdicts.push(
      `${mark(share >= 0.9)} create c=${withRules.connections} with ${RULE_COUNT} rules ${withRules.rps.toFixed(0)} req/s, p99 ${withRules.p99} ms vs without ${base.rps.toFixed(0)} req/s, p99 ${base.p99} ms: ${(share * 100).toFixed(0)}% (target: no drop, 10% tolerance)`,
    );
  }
  return { lines, verdicts };
}

/** The compared scenarios at c=32 again, with our server as WORKERS=N processes (when --workers N > 1). */
async function measureWorkers(): Promise<void> {
  const measuredWithWorkers = scenarios.filter((scenario) => comparedScenarios.includes(scenario));
  if (workers <= 1 || measuredWithWorkers.length === 0) return;
  // One deployment at a time, as in production: the single process would otherwise go on consuming
  // the events of every write (and waking on each) beside the N processes being measured.
  await server.stop();
  const several = await startServerProcess(databaseUrl, await freePort(), {
    ...SERVER_ENV,
    WORKERS: String(workers),
  });
  console.error(`== server ${several.url} (pid ${several.child.pid}, WORKERS=${workers})`);
  try {
    await runLoad(several.url, 'get', 4, 2);
    for (const scenario of measuredWithWorkers) {
      await betweenScenarios();
      comparisons.push(await compare(scenario, 32, several, workers));
    }
  } finally {
    await several.stop();
    server = await startOne();
    await runLoad(server.url, 'get', 4, 2);
  }
}

/**
 * Before each scenario: the background work the last one left (rules, SLA clocks, webhooks) done,
 * then VACUUM (ANALYZE) of the bench database: the writes of one (creates, moves, the transition
 * pool's reset) would otherwise leave dead rows and stale visibility maps for the next to wade
 * through — a deployment's autovacuum catches up between bursts (this machine's server runs with it
 * off), and both servers are measured on the same tidied tables.
 */
async function betweenScenarios(): Promise<void> {
  const background = await waitForBackgroundWork(setup);
  if (!background.settled) {
    console.error(
      `   (background work not done after ${Math.round(background.waitedMs / 1000)} s: ${background.eventsBehind} events unread, ${background.jobsOpen} jobs due or running; measuring anyway)`,
    );
  }
  await setup.db.execute(sql`vacuum (analyze)`);
}
