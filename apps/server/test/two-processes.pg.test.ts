import { until as receiverHas, startReceiver } from '@ticketing/core/testing/webhook-receiver';
import { createDb } from '@ticketing/db/client';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { sql } from 'drizzle-orm';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { liveClient, openRawStream, subscribe, until } from './support/live.ts';
import { spawnServer } from './support/spawn-server.ts';

// Two server processes on one PostgreSQL database. A write through one must reach the live streams
// of the other, woken by the NOTIFY its commit sends (each process LISTENs on one connection); and
// the two share the background jobs (webhook deliveries) without running any twice.
const database = await createServerDatabase({ migrated: false });
afterAll(() => database.drop());

const admin = { ADMIN_EMAIL: 'admin@two-processes.example', ADMIN_PASSWORD: 'two-processes-password' };
const TOKEN_BUDGET = 20;
const receiver = await startReceiver();
afterAll(() => receiver.close());
const config = {
  DATABASE_URL: database.url,
  ...admin,
  PORT: '0',
  // The receiver is on 127.0.0.1 over http; `job done` lines tell which process delivered what.
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  LOG_LEVEL: 'debug',
  JOB_CONCURRENCY: '2',
  // API tokens get a small budget of their own, for the rate limit shared across the processes.
  RATE_LIMIT_PER_TOKEN_PER_MINUTE: String(TOKEN_BUDGET),
};
const a = spawnServer(config);
const b = spawnServer(config);
const [urlA, urlB] = await Promise.all([a.listening(), b.listening()]);
afterAll(async () => {
  for (const server of [a, b]) server.child.kill('SIGTERM');
  await Promise.all([a.exited, b.exited]);
});

async function post<T>(url: string, path: string, token: string | undefined, body: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const login = (email = admin.ADMIN_EMAIL, password = admin.ADMIN_PASSWORD) =>
  post<{ token: string }>(urlA, '/api/v1/auth/login', undefined, { email, password });

async function statusOf(url: string, path: string, token: string, init: RequestInit = {}): Promise<number> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  await response.arrayBuffer();
  return response.status;
}

/** Polls until the status is the one expected; the last status seen otherwise. */
async function statusBecomes(expected: number, probe: () => Promise<number>, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  let status = await probe();
  while (status !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await probe();
  }
  return status;
}

let people = 0;
/** A user made by the admin through A, signed in, with an API token of their own. */
async function person(adminToken: string, role: 'user' | 'manager') {
  const email = `person${++people}@two-processes.example`;
  const password = 'person-password-123';
  const user = await post<{ id: string }>(urlA, '/api/v1/users', adminToken, {
    email,
    name: `P ${people}`,
    password,
    role,
  });
  const { token: session } = await login(email, password);
  const token = await post<{ id: string; token: string }>(urlA, '/api/v1/auth/tokens', session, {
    name: 'two-processes',
    scopes: ['read', 'write'],
  });
  return { id: user.id, session, token };
}

// Each process caches who a credential belongs to. A change made through one process, or straight in
// the database, reaches the other's cache through the notification its commit sends.
describe('credentials across server processes', () => {
  it('a token revoked, a user demoted or deactivated through A stops working on B at once', async () => {
    const { token: adminToken } = await login();
    const revoked = await person(adminToken, 'user');
    expect(await statusOf(urlB, '/api/v1/auth/me', revoked.token.token)).toBe(200);
    expect(await statusOf(urlA, `/api/v1/auth/tokens/${revoked.token.id}`, revoked.session, { method: 'DELETE' })).toBe(
      200,
    );
    expect(await statusBecomes(401, () => statusOf(urlB, '/api/v1/auth/me', revoked.token.token), 1_000)).toBe(401);

    const demoted = await person(adminToken, 'manager');
    expect(await statusOf(urlB, '/api/v1/users', demoted.session)).toBe(200);
    const patch = await statusOf(urlA, `/api/v1/users/${demoted.id}`, adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'user' }),
    });
    expect(patch).toBe(200);
    expect(await statusBecomes(403, () => statusOf(urlB, '/api/v1/users', demoted.session), 1_000)).toBe(403);

    const deactivated = await person(adminToken, 'user');
    expect(await statusOf(urlB, '/api/v1/auth/me', deactivated.session)).toBe(200);
    expect(await statusOf(urlA, `/api/v1/users/${deactivated.id}/deactivate`, adminToken, { method: 'POST' })).toBe(
      200,
    );
    expect(await statusBecomes(401, () => statusOf(urlB, '/api/v1/auth/me', deactivated.session), 1_000)).toBe(401);
    expect(await statusOf(urlB, '/api/v1/auth/me', deactivated.token.token)).toBe(401);
  }, 30_000);

  it('a token revoked straight in the database stops working on both at once', async () => {
    const { token: adminToken } = await login();
    const someone = await person(adminToken, 'user');
    for (const url of [urlA, urlB]) expect(await statusOf(url, '/api/v1/auth/me', someone.token.token)).toBe(200);
    const direct = await createDb({ databaseUrl: database.url, maxConnections: 1 });
    try {
      await direct.db.execute(sql`update api_tokens set revoked_at = now() where id = ${someone.token.id}`);
    } finally {
      await direct.close();
    }
    for (const url of [urlA, urlB]) {
      expect(await statusBecomes(401, () => statusOf(url, '/api/v1/auth/me', someone.token.token), 1_000)).toBe(401);
    }
  }, 30_000);
});

// Each process counts in memory and reconciles through the database every second: what one process
// admitted is counted by the other once it has synced (the tolerance the README states).
describe('rate limits across server processes', () => {
  it("a token's budget holds across both processes", async () => {
    const { token: adminToken } = await login();
    const { token } = await person(adminToken, 'user');
    // The budget is per one-minute window: start with enough of it left for the whole test.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const onA = [];
    for (let i = 0; i < 12; i++) onA.push(await statusOf(urlA, '/api/v1/auth/me', token.token));
    expect(onA.every((status) => status === 200)).toBe(true);
    // A writes its count within a second; B reads the shared count on the token's first request.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const onB = [];
    for (let i = 0; i < 10; i++) onB.push(await statusOf(urlB, '/api/v1/auth/me', token.token));
    // Minting the token spent the session's budget, not the token's: 8 of 20 are left.
    expect(onB).toEqual([...Array(TOKEN_BUDGET - 12).fill(200), 429, 429]);
    // And A, once B has synced, refuses too.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await statusOf(urlA, '/api/v1/auth/me', token.token)).toBe(429);
  }, 30_000);
});

describe('live streams across server processes', () => {
  it('a write through process A reaches subscribers connected to process B within a second', async () => {
    const { token } = await login();
    const raw = await openRawStream(urlB, { token });
    const subscription = subscribe(liveClient(urlB, token));
    try {
      await raw.receives((message) => message.comment === 'connected', 'the stream on B open');
      await until(() => subscription.states.includes('pending'), 'the subscription on B connected');
      // Both streams on B start "now": tickets through A until one reaches each, so both are listening.
      for (let i = 0; i < 50 && (raw.events().length === 0 || subscription.received.length === 0); i++) {
        await post(urlA, '/api/v1/tickets', token, { projectKey: 'TSK', title: `Priming ${i}` });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Three in a row, each within a second: a poll (the fallback, every few seconds) cannot do that.
      for (let i = 0; i < 3; i++) {
        const { key } = await post<{ key: string }>(urlA, '/api/v1/tickets', token, {
          projectKey: 'TSK',
          title: `Written through A ${i}`,
        });
        await until(() => raw.events().some((event) => event.ticket?.key === key), 'the raw stream on B', 1_000);
        await until(
          () => subscription.received.some((item) => item.data.ticket?.key === key),
          'the subscription on B',
          1_000,
        );
      }
      expect(subscription.errors).toEqual([]);
    } finally {
      raw.close();
      subscription.stop();
    }
  }, 60_000);
});

describe('background jobs across server processes', () => {
  it('delivers each event to a webhook exactly once, the two processes sharing the deliveries', async () => {
    const { token } = await login();
    const project = await post<{ key: string }>(urlA, '/api/v1/projects', token, { key: 'HOOK', name: 'Hooks' });
    const webhook = await post<{ id: string; secret: string }>(
      urlB,
      `/api/v1/projects/${project.key}/webhooks`,
      token,
      {
        url: `${receiver.url}/two-processes`,
        eventTypes: ['ticket.created'],
      },
    );
    // A slow receiver: each process's two job slots fill up, so the other must take its share.
    receiver.answer(() => ({ status: 204, delayMs: 150 }));
    const keys = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        post<{ key: string }>(i % 2 ? urlA : urlB, '/api/v1/tickets', token, {
          projectKey: 'HOOK',
          title: `Hooked ${i}`,
        }),
      ),
    );
    await receiverHas('every delivery', () => receiver.received.length >= keys.length, 30_000);
    // Anything doubled would arrive after the last first delivery: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const verifier = new Verifier(webhook.secret);
    const delivered = receiver.received.map((request) => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      return verifier.verify(request.body, headers) as { id: number; ticket: { key: string } };
    });
    expect(delivered.map((event) => event.ticket.key).sort()).toEqual(keys.map(({ key }) => key).sort());
    expect(new Set(delivered.map((event) => event.id)).size).toBe(keys.length);
    expect(new Set(receiver.received.map((request) => request.headers['webhook-id'])).size).toBe(keys.length);

    const deliveriesBy = (server: typeof a) =>
      server.logs().filter((line) => line.msg === 'job done' && line.queue === 'webhooks.deliver').length;
    expect(deliveriesBy(a) + deliveriesBy(b)).toBe(keys.length);
    expect(deliveriesBy(a)).toBeGreaterThan(0);
    expect(deliveriesBy(b)).toBeGreaterThan(0);
  }, 60_000);
});
