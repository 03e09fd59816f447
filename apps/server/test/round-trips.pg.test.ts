import type { AddressInfo } from 'node:net';
import { createRestHandler } from '@ticketing/api/http/rest-handler';
import { createTrpcHandler } from '@ticketing/api/http/trpc-handler';
import { createOpenApiDocument } from '@ticketing/api/openapi-document';
import { createApiToken } from '@ticketing/core/auth/api-tokens';
import { CredentialCache } from '@ticketing/core/auth/credential-cache';
import type { Deps } from '@ticketing/core/deps';
import { RATE_LIMIT_WINDOW_MS, RateLimiter } from '@ticketing/core/rate-limit/rate-limiter';
import { makeActor, makeProject, makeTicket } from '@ticketing/core/testing/factories';
import { createDb } from '@ticketing/db/client';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { ProtocolCounter, type ProtocolCounts } from '@ticketing/db/testing/protocol-counter';
import { startTcpProxy } from '@ticketing/db/testing/tcp-proxy';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { apiMounts } from '../src/api-mounts.ts';
import { createHttpServer } from '../src/http-server.ts';

// What a request costs in PostgreSQL's wire protocol, counted by a proxy between the API and the
// database: statements parsed (planned) and round trips. The API runs here without the background
// work a full server starts (jobs, live feed, the rate limiter's sync), whose statements would mix in,
// on a pool of one connection, since statements are prepared per connection.
const database = await createServerDatabase({ migrated: true });
afterAll(() => database.drop());
const target = new URL(database.url);
const counter = new ProtocolCounter();
const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, (connection, chunk) =>
  counter.feed(connection, chunk),
);
afterAll(() => proxy.close());
const proxied = new URL(database.url);
proxied.host = `127.0.0.1:${proxy.port}`;

const setup = await createDb({ databaseUrl: database.url, maxConnections: 2 });
afterAll(() => setup.close());
const setupDeps: Deps = { db: setup.db, config: { allowRegistration: false } };
const { actor: admin } = await makeActor(setup.db, { role: 'admin' });
const project = await makeProject(setupDeps, admin, { key: 'RT' });
const tickets = await Promise.all(Array.from({ length: 30 }, () => makeTicket(setupDeps, admin, project.key)));
const { token } = await createApiToken(setupDeps, admin, { name: 'round trips', scopes: ['read', 'write'] });

const measured = await createDb({ databaseUrl: proxied.toString(), maxConnections: 1 });
afterAll(() => measured.close());
const deps: Deps = { db: measured.db, config: { allowRegistration: false }, credentials: new CredentialCache() };
// Its counts would be written by a timer; none runs here, so no sync statement lands in a count.
const limiter = new RateLimiter(measured.db, { syncMs: 10 * RATE_LIMIT_WINDOW_MS });
const handlerOptions = {
  deps,
  allowedOrigins: [],
  trustedProxyHops: 0,
  rateLimit: { perMinute: 1_000_000, perTokenPerMinute: 1_000_000, anonymousPerMinute: 1_000, limiter },
};
const server = createHttpServer({
  mounts: apiMounts({
    trpc: createTrpcHandler(handlerOptions),
    rest: createRestHandler(handlerOptions),
    openApiDocument: () => createOpenApiDocument(),
  }),
  corsOrigins: [],
  timeouts: { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 },
  logger: pino({ level: 'silent' }),
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text);
}

/** Runs `request` a few times to warm up, then counts `times` more: the protocol messages per request. */
async function perRequest(times: number, request: (i: number) => Promise<unknown>): Promise<ProtocolCounts> {
  // A minute's window starting half-way would make the rate limiter read its count again.
  const left = RATE_LIMIT_WINDOW_MS - (Date.now() % RATE_LIMIT_WINDOW_MS);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  for (let i = 0; i < 3; i++) await request(times + i);
  counter.take();
  for (let i = 0; i < times; i++) await request(i);
  const total = counter.take();
  return {
    parses: total.parses / times,
    roundTrips: total.roundTrips / times,
    simpleQueries: total.simpleQueries / times,
    executions: total.executions / times,
  };
}

// The numbers are what the code does now; a change that adds a statement or a round trip to one of
// these paths fails here and must say why.
describe('statements and round trips per request (API token, warm)', () => {
  it('a ticket read: one prepared statement, one round trip, nothing parsed', async () => {
    const counts = await perRequest(10, (i) => call('GET', `/tickets/${tickets[i % tickets.length]?.key}`));
    expect(counts).toEqual({ parses: 0, roundTrips: 1, simpleQueries: 0, executions: 1 });
  });

  it('a list page: two prepared statements, two round trips', async () => {
    const counts = await perRequest(10, () => call('GET', `/tickets?projectKeys=${project.key}&status=open&limit=50`));
    // The project scope, then the page.
    expect(counts).toEqual({ parses: 0, roundTrips: 2, simpleQueries: 0, executions: 2 });
  });

  it('a create: nothing parsed, eight round trips', async () => {
    const counts = await perRequest(10, (i) => call('POST', '/tickets', { projectKey: project.key, title: `RT ${i}` }));
    // The project scope; BEGIN, the policy, the ticket, its watcher, its number (answered with its
    // people), the events with their history, COMMIT.
    expect(counts).toEqual({ parses: 0, roundTrips: 8, simpleQueries: 1, executions: 7 });
  });

  it('a transition: nothing parsed, six round trips', async () => {
    const counts = await perRequest(10, (i) =>
      call('POST', `/tickets/${tickets[i]?.key}/transition`, { version: 1, status: 'in_progress' }),
    );
    // BEGIN, the ticket locked and read with its people, the policy, the update, the events with their
    // history, COMMIT.
    expect(counts).toEqual({ parses: 0, roundTrips: 6, simpleQueries: 1, executions: 5 });
  });
});
