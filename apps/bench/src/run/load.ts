// One load run in its own process (so the load generator's CPU is not the server's): autocannon
// against the server, the scenario named on the command line, the result as one JSON line on stdout.
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  token: string;
  scenario: Scenario;
  connections: number;
  seconds: number;
  hotKey: string;
  hotCount: number;
  /** Tickets reserved for the transition scenario: HOT-1 … HOT-transitionPool, all open at version 1. */
  transitionPool: number;
}

export const reportScenarios = {
  'report-dashboard': '/api/v1/reports/dashboard',
  'report-breakdown': '/api/v1/reports/breakdown?by=assignee',
  'report-created': '/api/v1/reports/created-vs-resolved?interval=day',
  'report-cycle': '/api/v1/reports/cycle-time',
  'report-aging': '/api/v1/reports/aging',
  'report-activity': '/api/v1/reports/user-activity',
} as const;
type Scenario =
  | 'get'
  | 'get-trpc'
  | 'list'
  | 'search'
  | 'create'
  | 'transition'
  | 'mixed'
  | keyof typeof reportScenarios;

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
const headers = { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' };
const searches = ['error', 'login page', 'crash report', 'zeppelin', 'marzipan', 'quasar', 'upd', 'walrus fjord'];
let counter = 0;
const randomKey = () => `${spec.hotKey}-${1 + Math.floor(Math.random() * spec.hotCount)}`;

type Request = { method: 'GET' | 'POST'; path: string; body?: string };
const requests = {
  get: () => ({ method: 'GET', path: `/api/v1/tickets/${randomKey()}` }),
  // The same read through tRPC (superjson input), to compare the two transports.
  'get-trpc': () => ({
    method: 'GET',
    path: `/trpc/tickets.get?input=${encodeURIComponent(JSON.stringify({ json: { key: randomKey() } }))}`,
  }),
  list: () => ({ method: 'GET', path: `/api/v1/tickets?projectKeys=${spec.hotKey}&status=open&sort=updated&limit=50` }),
  search: () => ({
    method: 'GET',
    path: `/api/v1/tickets?q=${encodeURIComponent(searches[counter++ % searches.length] ?? '')}&limit=50`,
  }),
  create: () => ({
    method: 'POST',
    path: '/api/v1/tickets',
    body: JSON.stringify({ projectKey: spec.hotKey, title: `Bench ticket ${counter++}` }),
  }),
  // Each ticket of the pool moves open → in_progress once, with the version it has (1): no conflicts.
  transition: () => ({
    method: 'POST',
    path: `/api/v1/tickets/${spec.hotKey}-${1 + (counter++ % spec.transitionPool)}/transition`,
    body: JSON.stringify({ version: 1, status: 'in_progress' }),
  }),
  ...Object.fromEntries(
    Object.entries(reportScenarios).map(([name, path]) => [name, (): Request => ({ method: 'GET', path })]),
  ),
  mixed: () => {
    const roll = Math.random();
    if (roll < 0.7) return requests.get();
    if (roll < 0.8) return requests.list();
    if (roll < 0.9) return requests.search();
    return requests.create();
  },
} as Record<Scenario, () => Request>;

const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  headers,
  requests: [
    {
      setupRequest: (request) => {
        const next = requests[spec.scenario]();
        // A fresh request each time, so a GET never inherits the previous POST's body.
        return { ...request, method: next.method, path: next.path, headers: { ...headers }, body: next.body ?? '' };
      },
    },
  ],
});

console.log(
  JSON.stringify({
    requests: result.requests.total,
    // Completed requests over the run's wall time (autocannon's per-second average skips idle seconds).
    rps: result.requests.total / (result.duration || spec.seconds),
    seconds: result.duration || spec.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: result.statusCodeStats,
  }),
);
