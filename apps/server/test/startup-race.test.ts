import { readdirSync } from 'node:fs';
import { createDb } from '@ticketing/db/client';
import { migrationsFolder } from '@ticketing/db/migrate';
import { projects, users } from '@ticketing/db/schema';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { type Spawned, spawnServer, tempDir } from './support/spawn-server.ts';

const { kind } = inject('dbTemplate');
const PROCESSES = 3;
const migrationCount = readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql')).length;
const config = (i: number) => ({
  PORT: '0',
  ADMIN_EMAIL: `admin-${i}@race.example`,
  ADMIN_PASSWORD: 'race-password-1',
});

async function stop(server: Spawned): Promise<void> {
  server.child.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);
}

// PostgreSQL serves every server that starts; an embedded data directory belongs to one process.
// The embedded case needs no server and runs in both passes; the PostgreSQL one in its own pass.
const postgresPass = kind === 'postgres';

if (postgresPass) {
  describe('three servers starting at once on one empty PostgreSQL database', () => {
    it('all come up, after one set of migrations, with exactly one admin and one TSK project', async () => {
      const database = await createServerDatabase({ migrated: false });
      try {
        const servers = Array.from({ length: PROCESSES }, (_, i) =>
          spawnServer({ ...config(i), DATABASE_URL: database.url }),
        );
        const urls = await Promise.all(servers.map((server) => server.listening()));
        for (const url of urls) expect((await fetch(`${url}/readyz`)).status).toBe(200);
        const created = servers.filter((server) => server.stdout().includes('created the first admin'));
        expect(created).toHaveLength(1);

        const check = await createDb({ databaseUrl: database.url, maxConnections: 1 });
        try {
          const admins = await check.db.select({ email: users.email }).from(users).where(eq(users.role, 'admin'));
          expect(admins).toHaveLength(1);
          expect(await check.db.$count(users)).toBe(1);
          expect(await check.db.$count(projects, eq(projects.key, 'TSK'))).toBe(1);
          const applied = await check.db.execute<{ n: number }>(
            sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
          );
          expect((applied as unknown as { n: number }[])[0]?.n).toBe(migrationCount);
          // Whichever won, the others signed in as that one admin.
          const admin = admins[0]?.email ?? '';
          for (const url of urls) {
            const login = await fetch(`${url}/api/v1/auth/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email: admin, password: 'race-password-1' }),
            });
            expect(login.status).toBe(200);
          }
        } finally {
          await check.close();
        }
        await Promise.all(servers.map(stop));
      } finally {
        await database.drop();
      }
    }, 90_000);
  });
}

describe('three servers starting at once on one embedded data directory', () => {
  it('one comes up; the others refuse, naming it, and exit non-zero; the data has one admin', async () => {
    const dataDir = await tempDir();
    const servers = Array.from({ length: PROCESSES }, (_, i) => spawnServer({ ...config(i), DATA_DIR: dataDir }));
    const results = await Promise.all(
      servers.map((server) =>
        Promise.race([
          server.listening().then(() => 'listening' as const),
          server.exited.then(() => 'exited' as const),
        ]),
      ),
    );
    expect(results.filter((result) => result === 'listening')).toHaveLength(1);
    const winner = servers[results.indexOf('listening')];
    if (!winner) throw new Error('no server came up');
    for (const loser of servers.filter((server) => server !== winner)) {
      expect((await loser.exited).code).toBe(1);
      expect(loser.stderr()).toContain(`is in use by process ${winner.child.pid}`);
    }
    const url = await winner.listening();
    const created = winner.logs().find((line) => line.msg.startsWith('created the first admin'));
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: created?.email, password: 'race-password-1' }),
    });
    expect(login.status).toBe(200);
    await stop(winner);

    const check = await createDb({ dataDir });
    try {
      expect(await check.db.$count(users)).toBe(1);
      expect(await check.db.$count(projects, eq(projects.key, 'TSK'))).toBe(1);
    } finally {
      await check.close();
    }
  }, 90_000);
});
