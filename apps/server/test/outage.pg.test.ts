import { createDb } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { startTcpProxy } from '@ticketing/db/testing/tcp-proxy';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';

// The PostgreSQL server goes away under load, as in a restart: a proxy of the test's own between the
// server process and PostgreSQL cuts every connection and refuses new ones for a few seconds.
const database = await createServerDatabase({ migrated: false });
afterAll(() => database.drop());
const target = new URL(database.url);
const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
afterAll(() => proxy.close());
const proxied = new URL(database.url);
proxied.host = `127.0.0.1:${proxy.port}`;

const ADMIN = { email: 'admin@outage.example', password: 'outage-password-1' };
const WORKERS = 16;
const OUTAGE_MS = 4_000;

type Phase = 'before' | 'outage' | 'recovering' | 'after';

interface Outcome {
  /** When the request was sent. */
  phase: Phase;
  /** When its answer came. */
  answered: Phase;
  status: number | 'timeout' | 'network';
  error?: string;
  retryAfter?: string | null;
  createdKey?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a PostgreSQL outage under load', () => {
  it('answers 503 E_UNAVAILABLE with Retry-After while it lasts, serves again after it, and loses no acknowledged write', async () => {
    const server = spawnServer({
      DATABASE_URL: proxied.toString(),
      PORT: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '0',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_ACQUIRE_TIMEOUT_MS: '2000',
      DB_STATEMENT_TIMEOUT_MS: '5000',
    });
    const url = await server.listening();
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    let phase: Phase = 'before';
    let running = true;
    const outcomes: Outcome[] = [];
    const knownKeys: string[] = [];

    async function call(path: string, init: RequestInit = {}): Promise<void> {
      const at = phase;
      try {
        // A generous bound: a request that takes this long is counted as hung.
        const response = await fetch(`${url}${path}`, { ...init, headers, signal: AbortSignal.timeout(20_000) });
        const body = (await response.json()) as { key?: string; error?: string };
        const outcome: Outcome = {
          phase: at,
          answered: phase,
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
        };
        if (body.error) outcome.error = body.error;
        if (init.method === 'POST' && response.ok && body.key) {
          outcome.createdKey = body.key;
          knownKeys.push(body.key);
        }
        outcomes.push(outcome);
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        outcomes.push({ phase: at, answered: phase, status: timedOut ? 'timeout' : 'network', error: String(error) });
      }
    }

    async function worker(index: number): Promise<void> {
      for (let i = 0; running; i++) {
        const step = (index + i) % 3;
        if (step === 0) {
          await call('/api/v1/tickets', {
            method: 'POST',
            body: JSON.stringify({ projectKey: 'TSK', title: `Outage ${index}-${i}` }),
          });
        } else if (step === 1 && knownKeys.length > 0) {
          await call(`/api/v1/tickets/${knownKeys[i % knownKeys.length]}`);
        } else {
          await call('/api/v1/tickets?limit=5');
        }
      }
    }

    const workers = Array.from({ length: WORKERS }, (_, index) => worker(index));
    await sleep(1_500);

    phase = 'outage';
    proxy.cut();
    await proxy.refuse();
    await sleep(OUTAGE_MS / 2);
    const healthDuring = await fetch(`${url}/healthz`);
    const readyDuring = await fetch(`${url}/readyz`);
    const trpcDuring = await fetch(
      `${url}/trpc/tickets.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
      {
        headers,
      },
    );
    await sleep(OUTAGE_MS / 2);

    phase = 'recovering';
    await proxy.restore();
    let ready = false;
    for (let i = 0; i < 150 && !ready; i++) {
      ready = (await fetch(`${url}/readyz`)).status === 200;
      if (!ready) await sleep(100);
    }
    expect(ready).toBe(true);
    phase = 'after';
    await sleep(2_000);
    running = false;
    await Promise.all(workers);

    // The process survived, and said nothing alarming.
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
    expect(server.stderr()).toBe('');
    expect(server.logs().filter((line) => line.msg.includes('uncaught') || line.msg.includes('unhandled'))).toEqual([]);

    expect(healthDuring.status).toBe(200);
    expect(readyDuring.status).toBe(503);
    // The same answer over tRPC: its error data carries the code, the header the wait.
    expect(trpcDuring.status).toBe(503);
    expect(Number(trpcDuring.headers.get('retry-after'))).toBeGreaterThan(0);
    const trpcError = (await trpcDuring.json()) as { error: { json: { data: { error: string; httpStatus: number } } } };
    expect(trpcError.error.json.data).toMatchObject({ error: 'E_UNAVAILABLE', httpStatus: 503 });

    // No request hung, none failed on the network, none was a 500.
    expect(outcomes.filter((o) => typeof o.status !== 'number')).toEqual([]);
    expect(outcomes.filter((o) => o.status === 500)).toEqual([]);
    // Every failure is the client's cue to retry: 503 E_UNAVAILABLE with Retry-After.
    const failures = outcomes.filter((o) => typeof o.status === 'number' && o.status >= 400);
    for (const failure of failures) {
      expect(failure).toMatchObject({ status: 503, error: 'E_UNAVAILABLE' });
      expect(Number(failure.retryAfter)).toBeGreaterThan(0);
    }
    const byPhase = (wanted: Phase) => outcomes.filter((o) => o.phase === wanted);
    const beforeCut = outcomes.filter((o) => o.answered === 'before');
    expect(beforeCut.length).toBeGreaterThan(0);
    expect(beforeCut.filter((o) => o.status !== 200)).toEqual([]);
    expect(byPhase('outage').filter((o) => o.status === 503).length).toBeGreaterThan(0);
    // Once /readyz says so, everything works again without a restart.
    expect(byPhase('after').length).toBeGreaterThan(0);
    expect(byPhase('after').filter((o) => o.status !== 200)).toEqual([]);

    // Every write the server acknowledged is in the database.
    const acknowledged = outcomes.flatMap((o) => (o.createdKey ? [o.createdKey] : []));
    expect(acknowledged.length).toBeGreaterThan(0);
    const direct = await createDb({ databaseUrl: database.url, maxConnections: 1 });
    try {
      const rows = await direct.db.select({ key: tickets.key }).from(tickets).where(inArray(tickets.key, acknowledged));
      expect(rows.map((row) => row.key).sort()).toEqual([...acknowledged].sort());
    } finally {
      await direct.close();
    }

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 90_000);
});
