import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from '@ticketing/core/testing/webhook-receiver';
import { createDb, type DbConnection } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { spawnServer, tempDir } from './support/spawn-server.ts';

const ADMIN = { ADMIN_EMAIL: 'admin@rule-crash.example', ADMIN_PASSWORD: 'rule-crash-password-1' };
const freeze = new URL('./fixtures/freeze-before-sql.ts', import.meta.url).pathname;

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

async function query<T>(connection: DbConnection, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await connection.db.execute(statement));
}

describe('a server killed while a rule runs', () => {
  it('runs the rule again in a fresh process, and its actions happen exactly once', async () => {
    const db = await database();
    const marker = join(await tempDir(), 'frozen');
    const config = { ...ADMIN, ...db.env, PORT: '0' };
    try {
      // The first process freezes as the rule's second action (the label) is about to be written: the
      // run's row is claimed and its comment written, in a transaction that never commits.
      const first = spawnServer(
        { ...config, FREEZE_BEFORE_SQL: '^insert into "ticket_labels"', FREEZE_MARKER: marker },
        { preload: freeze },
      );
      const firstUrl = await first.listening();
      const { token } = await call<{ token: string }>(firstUrl, '/api/v1/auth/login', null, {
        email: ADMIN.ADMIN_EMAIL,
        password: ADMIN.ADMIN_PASSWORD,
      });
      const rule = await call<{ id: string }>(firstUrl, '/api/v1/workflows', token, {
        name: 'Acknowledge and tag',
        projectKey: 'TSK',
        trigger: { type: 'event', event: 'ticket.created' },
        actions: [
          { type: 'comment', body: 'Automation saw {{ticket.key}}' },
          { type: 'addLabels', labels: ['auto'] },
        ],
        enabled: true,
      });
      const ticket = await call<{ id: string; key: string }>(firstUrl, '/api/v1/tickets', token, {
        projectKey: 'TSK',
        title: 'Crash in the middle',
      });
      await until('the rule to reach its label action', () => existsSync(marker), 30_000);
      expect(readFileSync(marker, 'utf8')).toMatch(/^insert into "ticket_labels"/);

      if (db.env.DATABASE_URL) {
        // The frozen process's transaction is open: it holds the run's row and the comment, uncommitted.
        const watcher = await db.open();
        try {
          const held = await query<{ relation: string }>(
            watcher,
            sql`select distinct l.relation::regclass::text as relation
                  from pg_stat_activity a join pg_locks l on l.pid = a.pid
                 where a.datname = current_database() and a.state = 'idle in transaction'
                   and l.locktype = 'relation' and l.mode = 'RowExclusiveLock'`,
          );
          expect(held.map((row) => row.relation)).toEqual(expect.arrayContaining(['workflow_runs', 'comments']));
        } finally {
          await watcher.close();
        }
      }
      first.child.kill('SIGKILL');
      await first.exited;

      const direct = await db.open();
      try {
        // Nothing of the run survived the kill; its job is still leased to the dead process.
        expect(
          await query(direct, sql`select 1 from workflow_runs union all select 1 from comments where automated`),
        ).toEqual([]);
        const [job] = await query<{ state: string; leased: boolean }>(
          direct,
          sql`select state, locked_until > now() as leased from jobs where queue = 'workflows.run'`,
        );
        expect(job).toEqual({ state: 'running', leased: true });
        // The lease (the job's 60 s timeout plus the margin) runs out: the time passes here.
        await direct.db.execute(sql`update jobs set locked_until = now() where queue = 'workflows.run'`);
      } finally {
        await direct.close();
      }

      const second = spawnServer(config);
      const secondUrl = await second.listening();
      const { token: again } = await call<{ token: string }>(secondUrl, '/api/v1/auth/login', null, {
        email: ADMIN.ADMIN_EMAIL,
        password: ADMIN.ADMIN_PASSWORD,
      });
      const runs = () =>
        call<{ outcome: string; actions: { type: string }[] }[]>(secondUrl, `/api/v1/workflows/${rule.id}/runs`, again);
      await until('the rule to run again', async () => (await runs()).length > 0, 30_000);
      expect(await runs()).toMatchObject([
        { outcome: 'done', actions: [{ type: 'comment' }, { type: 'addLabels', before: [], after: ['auto'] }] },
      ]);
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);

      const after = await db.open();
      try {
        const count = async (statement: ReturnType<typeof sql>) =>
          Number((await query<{ n: number }>(after, statement))[0]?.n);
        expect(
          await count(sql`select count(*)::int as n from comments where ticket_id = ${ticket.id} and automated`),
        ).toBe(1);
        expect(await query(after, sql`select label from ticket_labels where ticket_id = ${ticket.id}`)).toEqual([
          { label: 'auto' },
        ]);
        // One change of the labels in the history, one event each for the comment and the label.
        expect(
          await count(
            sql`select count(*)::int as n from ticket_history
                 where ticket_id = ${ticket.id} and actor_kind = 'automation' and field = 'labels'`,
          ),
        ).toBe(1);
        expect(
          await query(
            after,
            sql`select type from events where ticket_id = ${ticket.id} and actor_kind = 'automation' order by id`,
          ),
        ).toEqual([{ type: 'comment.added' }, { type: 'ticket.updated' }]);
        expect(await count(sql`select count(*)::int as n from workflow_runs`)).toBe(1);
        expect(await query(after, sql`select state, attempts from jobs where queue = 'workflows.run'`)).toEqual([
          { state: 'done', attempts: 2 },
        ]);
      } finally {
        await after.close();
      }
    } finally {
      await db.drop();
    }
  }, 90_000);
});
