import { startReceiver, until } from '@ticketing/core/testing/webhook-receiver';
import { createDb, type DbConnection } from '@ticketing/db/client';
import { jobs } from '@ticketing/db/schema';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { and, eq, sql } from 'drizzle-orm';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { spawnServer, tempDir } from './support/spawn-server.ts';

const ADMIN = { ADMIN_EMAIL: 'admin@crash.example', ADMIN_PASSWORD: 'crash-password-1' };
const receiver = await startReceiver();
afterAll(() => receiver.close());

/** The database the server processes share: PGlite in a data directory, or one on the PostgreSQL server. */
async function database(): Promise<{
  env: Record<string, string>;
  open(): Promise<DbConnection>;
  drop(): Promise<void>;
}> {
  if (inject('dbTemplate').kind === 'postgres') {
    const created = await createServerDatabase({ migrated: true });
    return {
      env: { DATABASE_URL: created.url },
      open: () => createDb({ databaseUrl: created.url }),
      drop: created.drop,
    };
  }
  const dataDir = await tempDir();
  return { env: { DATA_DIR: dataDir }, open: () => createDb({ dataDir }), drop: async () => {} };
}

async function call<T>(url: string, path: string, token: string | null, json?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text) as T;
}

describe('a server killed mid-delivery', () => {
  it('loses no delivery: the restarted server sends it again, with the same webhook-id', async () => {
    const db = await database();
    // The first attempt is held open by the receiver, so the process dies with it on the wire.
    receiver.answer((_request, index) => (index === 0 ? 'hold' : { status: 204 }));
    const config = {
      ...ADMIN,
      ...db.env,
      PORT: '0',
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      // A delivery job's lease is its timeout (the attempt's 3 s + 5 s) plus the margin: 8.1 s after
      // it was claimed, the job is free to be taken again.
      WEBHOOK_TIMEOUT_MS: '3000',
      JOB_LEASE_MARGIN_MS: '100',
    };
    try {
      const first = spawnServer(config);
      const firstUrl = await first.listening();
      const { token } = await call<{ token: string }>(firstUrl, '/api/v1/auth/login', null, {
        email: ADMIN.ADMIN_EMAIL,
        password: ADMIN.ADMIN_PASSWORD,
      });
      const webhook = await call<{ id: string; secret: string }>(firstUrl, '/api/v1/projects/TSK/webhooks', token, {
        url: `${receiver.url}/crash`,
        eventTypes: ['ticket.created'],
      });
      const ticket = await call<{ key: string }>(firstUrl, '/api/v1/tickets', token, {
        projectKey: 'TSK',
        title: 'Survive',
      });
      await until('the first attempt to reach the receiver', () => receiver.received.length === 1);
      first.child.kill('SIGKILL');
      await first.exited;

      // The job is still leased to the dead process: nobody may take it until the lease runs out.
      const direct = await db.open();
      try {
        const [held] = await direct.db
          .select({ leased: sql<boolean>`${jobs.lockedUntil} > now()` })
          .from(jobs)
          .where(and(eq(jobs.queue, 'webhooks.deliver'), eq(jobs.state, 'running')));
        expect(held?.leased).toBe(true);
      } finally {
        await direct.close();
      }

      const second = spawnServer(config);
      const secondUrl = await second.listening();
      await until('the delivery to arrive again', () => receiver.received.length === 2, 30_000);
      const [lost, delivered] = receiver.received;
      expect(delivered?.headers['webhook-id']).toBe(lost?.headers['webhook-id']);
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [
          name,
          String(delivered?.headers[name]),
        ]),
      );
      expect(new Verifier(webhook.secret).verify(delivered?.body ?? '', headers)).toMatchObject({
        type: 'ticket.created',
        ticket: { key: ticket.key },
      });

      const { token: again } = await call<{ token: string }>(secondUrl, '/api/v1/auth/login', null, {
        email: ADMIN.ADMIN_EMAIL,
        password: ADMIN.ADMIN_PASSWORD,
      });
      const deliveries = async () =>
        (
          await call<{ items: { state: string; attempts: number }[] }>(
            secondUrl,
            `/api/v1/webhooks/${webhook.id}/deliveries`,
            again,
          )
        ).items;
      await until('the delivery to be recorded', async () => (await deliveries())[0]?.state === 'succeeded');
      // The attempt cut by the kill was never recorded: one recorded attempt, one delivery.
      expect(await deliveries()).toMatchObject([{ state: 'succeeded', attempts: 1 }]);
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    } finally {
      await db.drop();
    }
  }, 90_000);
});
