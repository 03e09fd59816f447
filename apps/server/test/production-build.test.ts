import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../scripts/build.ts';
import { until } from './support/live.ts';
import { spawnServer, tempDir } from './support/spawn-server.ts';

// The bundle `pnpm start` runs, built here (as CI builds nothing before the tests) into a folder
// under apps/server, so that its external packages resolve as they do from dist/.
const serverDir = resolve(import.meta.dirname, '..');
const cacheDir = join(serverDir, 'node_modules/.cache');
await mkdir(cacheDir, { recursive: true });
const outDir = await mkdtemp(join(cacheDir, 'build-test-'));
afterAll(() => rm(outDir, { recursive: true, force: true }));
const { main } = await buildServer(outDir);

// PostgreSQL in that pass (postgres.js bundled, with its patch; two workers, so cluster-primary.js
// too), PGlite otherwise (loaded at run time).
const database = process.env.DATABASE_URL ? await createServerDatabase({ migrated: false }) : undefined;
afterAll(() => database?.drop());

const admin = { ADMIN_EMAIL: 'admin@bundle.example', ADMIN_PASSWORD: 'bundle-password' };

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

describe('the production bundle', () => {
  it('migrates, serves /readyz, the API (argon2 included) and the API reference, and stops with 0', async () => {
    const server = spawnServer(
      {
        ...admin,
        PORT: '0',
        ...(database ? { DATABASE_URL: database.url, WORKERS: '2' } : { DATA_DIR: await tempDir() }),
      },
      { bundle: main },
    );
    const url = await server.listening();
    expect(await json<unknown>(await fetch(`${url}/readyz`))).toEqual({ status: 'ready' });
    const { token } = await json<{ token: string }>(
      await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
      }),
    );
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await json<{ key: string }>(
      await fetch(`${url}/api/v1/tickets`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ projectKey: 'TSK', title: 'From the bundle' }),
      }),
    );
    const read = await json<{ key: string; title: string }>(
      await fetch(`${url}/api/v1/tickets/${created.key}`, { headers }),
    );
    expect(read).toMatchObject({ key: created.key, title: 'From the bundle' });
    // swagger-ui-dist is located at run time, not bundled.
    expect((await fetch(`${url}/docs/swagger-ui.css`)).status).toBe(200);
    if (database) {
      const workers = () => server.logs().filter((line) => line.msg === 'worker listening').length;
      await until(() => workers() === 2, 'both workers listening', 30_000);
    }

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('maps stack traces to the TypeScript sources', async () => {
    // A data directory that is a file: the start fails, and the fatal log line carries the stack.
    const notADirectory = join(await tempDir(), 'file');
    await writeFile(notADirectory, '');
    const server = spawnServer({ ...admin, PORT: '0', DATA_DIR: notADirectory }, { bundle: main });
    expect((await server.exited).code).toBe(1);
    const fatal = server.logs().find((line) => line.msg === 'failed to start');
    const stack = String((fatal?.err as { stack?: unknown } | undefined)?.stack);
    expect(stack).toMatch(/\/apps\/server\/src\/start-server\.ts:\d+:\d+/);
    expect(stack).not.toContain(outDir);
  }, 30_000);
});
