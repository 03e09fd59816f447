import { until as receiverHas, startReceiver } from '@ticketing/core/testing/webhook-receiver';
import { createServerDatabase } from '@ticketing/db/testing/database';
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

const login = () =>
  post<{ token: string }>(urlA, '/api/v1/auth/login', undefined, {
    email: admin.ADMIN_EMAIL,
    password: admin.ADMIN_PASSWORD,
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
