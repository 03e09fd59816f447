import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { createDb } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { spawnServer, tempDir } from './support/spawn-server.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request over `agent` (a single kept-alive socket), answered in full. */
function send(agent: Agent, url: string, path: string, init: { method?: string; json?: unknown; token?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const body = init.json === undefined ? undefined : JSON.stringify(init.json);
    const req = request(`${url}${path}`, {
      agent,
      method: init.method ?? 'GET',
      headers: {
        ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      // No answer in this long counts as a hung request.
      timeout: 20_000,
    });
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

/** Resolves once the server refuses new connections (it stops listening a moment into the stop). */
async function refusedOnceClosed(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const outcome = await send(new Agent(), url, '/healthz').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    if (outcome === 'ECONNREFUSED') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the server kept accepting connections');
}

describe('stopping the server', () => {
  it('stops listening, answers on open connections with Connection: close and /readyz 503, and finishes what is in flight', async () => {
    const server = await startTestServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const inFlightAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await send(agent, server.url, '/healthz')).headers.connection).toBe('keep-alive');
      expect((await send(inFlightAgent, server.url, '/healthz')).status).toBe(200);

      // A sign-in (an argon2 check) on its way when the stop begins.
      const signIn = send(inFlightAgent, server.url, '/api/v1/auth/login', {
        method: 'POST',
        json: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      // As in production: idle connections stay open a while, for requests already on their way.
      const closed = server.close({ idleMs: 2_000, graceMs: 10_000 });
      await refusedOnceClosed(server.url);

      // The kept-alive connection is still served, told to close, and /readyz says why.
      const ready = await send(agent, server.url, '/readyz');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' });
      expect(ready.headers.connection).toBe('close');

      expect((await signIn).status).toBe(200);
      expect(await closed).toEqual({ cut: 0 });
    } finally {
      agent.destroy();
      inFlightAgent.destroy();
      await server.close();
    }
  });
});

describe('stopping behind a load balancer (SHUTDOWN_DELAY_MS)', () => {
  it('answers /readyz 503 at once but keeps accepting and serving until the delay is over', async () => {
    const server = await startTestServer({ SHUTDOWN_DELAY_MS: '1000' });
    const closed = server.close();
    // A new connection, after the stop began: still accepted and served, and told the server is going.
    const ready = await send(new Agent(), server.url, '/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' });
    expect((await send(new Agent(), server.url, '/healthz')).status).toBe(200);
    expect(await closed).toEqual({ cut: 0 });
    await refusedOnceClosed(server.url);
  });
});

describe('SIGTERM while starting', () => {
  it('is carried out once the server is up: it stops cleanly and exits 0, never killed halfway', async () => {
    const server = spawnServer({ DATA_DIR: await tempDir(), PORT: '0', ADMIN_PASSWORD: 'starting-password-1' });
    // The database is ready; the live feed, the background work and the listener are still to come.
    await server.waitForLog('database ready');
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const messages = server.logs().map((line) => line.msg);
    expect(messages.indexOf('shutting down')).toBeGreaterThan(messages.indexOf('listening'));
    expect(messages.at(-1)).toBe('stopped');
  }, 60_000);
});

// The whole process under 32 writers: SIGTERM must cut no request that reached it.
const { kind } = inject('dbTemplate');
const database = kind === 'postgres' ? await createServerDatabase({ migrated: false }) : undefined;
afterAll(() => database?.drop());

describe('SIGTERM under load', () => {
  it('lets 32 concurrent writers finish every request sent, exits 0, and keeps every acknowledged write', async () => {
    const dataDir = database ? undefined : await tempDir();
    const store: Record<string, string> = database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir ?? '' };
    const admin = { ADMIN_EMAIL: 'admin@drain.example', ADMIN_PASSWORD: 'drain-password-1' };
    // Production's keep-alive timeout: idle connections then stay open up to 5 s into the stop.
    const server = spawnServer({
      ...store,
      ...admin,
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '5000',
    });
    const url = await server.listening();
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };

    const acknowledged: string[] = [];
    const refusedStatuses: number[] = [];
    const errors: string[] = [];
    let refusedConnections = 0;

    // Each writer keeps its own connection alive between requests, as a load generator (or any HTTP
    // client with keep-alive) does, and opens a new one only when told `Connection: close`.
    async function writer(index: number): Promise<void> {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let i = 0; ; i++) {
          const answer = await send(agent, url, '/api/v1/tickets', {
            method: 'POST',
            token,
            json: { projectKey: 'TSK', title: `Writer ${index} #${i}` },
          });
          const body = JSON.parse(answer.body) as { key?: string };
          if (answer.status === 200 && body.key) acknowledged.push(body.key);
          else refusedStatuses.push(answer.status);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Refused: the request never reached the server, and the client knows it.
        if (code === 'ECONNREFUSED') refusedConnections++;
        else errors.push(`${(error as Error).name}: ${code ?? (error as Error).message}`);
      } finally {
        agent.destroy();
      }
    }

    const writers = Array.from({ length: 32 }, (_, index) => writer(index));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    await Promise.all(writers);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(errors).toEqual([]);
    expect(refusedStatuses).toEqual([]);
    expect(refusedConnections).toBe(32);
    expect(acknowledged.length).toBeGreaterThan(32);
    expect(server.logs().find((line) => line.msg === 'stopped')?.cut).toBe(0);

    const check = await createDb(database ? { databaseUrl: database.url } : { dataDir });
    try {
      const rows = await check.db.select({ key: tickets.key }).from(tickets).where(inArray(tickets.key, acknowledged));
      expect(rows).toHaveLength(acknowledged.length);
    } finally {
      await check.close();
    }
  }, 60_000);
});
