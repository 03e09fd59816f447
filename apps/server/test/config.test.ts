import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { type AuthResultJson, expectError, expectJson } from './support/http.ts';
import { spawnServer, tempDir } from './support/spawn-server.ts';
import { startTestServer } from './support/test-server.ts';

// The in-process server, started from a config that exercises the parsing (alternative flag
// spellings, a padded origin list), shows that what loadConfig returns is what the server does.
const server = await startTestServer({
  ALLOW_REGISTRATION: '0',
  CORS_ORIGINS: ' https://a.example , ,https://b.example:8443, ',
});
afterAll(() => server.close());

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

/** The variable names a ConfigError lists, one problem per line (`  NAME: message`). */
const namesIn = (error: ConfigError) =>
  error.message
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/[.:]/)[0]);

describe('loadConfig', () => {
  it('defaults to PORT 3000 on HOST 127.0.0.1, PGlite, open registration, no CORS origins', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      CORS_ORIGINS: [],
      ALLOW_REGISTRATION: true,
      TRUST_PROXY: 0,
      DB_CONNECT_TIMEOUT_MS: 5000,
      DB_STATEMENT_TIMEOUT_MS: 15000,
      DB_ACQUIRE_TIMEOUT_MS: 10000,
      HTTP_HEADERS_TIMEOUT_MS: 10000,
      HTTP_REQUEST_TIMEOUT_MS: 30000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5000,
      SHUTDOWN_GRACE_MS: 10000,
      SHUTDOWN_DELAY_MS: 0,
      JOB_CONCURRENCY: 4,
      JOB_LEASE_MARGIN_MS: 30000,
      WEBHOOK_ALLOW_HTTP: false,
      WEBHOOK_ALLOW_PRIVATE: false,
      WEBHOOK_TIMEOUT_MS: 15000,
      WEBHOOK_RETRY_SCALE: 1,
      ADMIN_EMAIL: 'admin@company.com',
      LOG_LEVEL: 'info',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ADMIN_PASSWORD).toBeUndefined();
    expect(config.METRICS_TOKEN).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '', DATABASE_URL: '', CORS_ORIGINS: '' })).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      CORS_ORIGINS: [],
    });
  });

  it('parses valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://user@db.internal:5432/tickets',
      CORS_ORIGINS: 'https://app.example, https://admin.example:8443',
      ALLOW_REGISTRATION: 'false',
      TRUST_PROXY: '1',
      ADMIN_PASSWORD: 'exactly8',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://user@db.internal:5432/tickets',
      CORS_ORIGINS: ['https://app.example', 'https://admin.example:8443'],
      ALLOW_REGISTRATION: false,
      TRUST_PROXY: 1,
      ADMIN_PASSWORD: 'exactly8',
    });
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '2500' }).DB_STATEMENT_TIMEOUT_MS).toBe(2500);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65535);
    expect(
      loadConfig({
        WEBHOOK_ALLOW_HTTP: 'true',
        WEBHOOK_ALLOW_PRIVATE: '1',
        WEBHOOK_TIMEOUT_MS: '30000',
        WEBHOOK_RETRY_SCALE: '0.001',
      }),
    ).toMatchObject({
      WEBHOOK_ALLOW_HTTP: true,
      WEBHOOK_ALLOW_PRIVATE: true,
      WEBHOOK_TIMEOUT_MS: 30000,
      WEBHOOK_RETRY_SCALE: 0.001,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['CORS_ORIGINS', 'not-an-origin'],
    ['CORS_ORIGINS', 'https://app.example/with/path'],
    ['ADMIN_PASSWORD', 'short'],
    ['ADMIN_EMAIL', 'not-an-email'],
    ['ALLOW_REGISTRATION', 'yes'],
    ['TRUST_PROXY', 'maybe'],
    ['TRUST_PROXY', '-1'],
    ['TRUST_PROXY', '100'],
    ['DB_CONNECT_TIMEOUT_MS', '0'],
    ['DB_STATEMENT_TIMEOUT_MS', 'abc'],
    ['DB_ACQUIRE_TIMEOUT_MS', '99'],
    ['DB_POOL_MAX', '0'],
    ['HTTP_REQUEST_TIMEOUT_MS', '3600001'],
    ['SHUTDOWN_GRACE_MS', '1.5'],
    ['HTTP_HEADERS_TIMEOUT_MS', '40000'],
    ['SHUTDOWN_DELAY_MS', '-1'],
    ['JOB_CONCURRENCY', '0'],
    ['SHUTDOWN_DELAY_MS', '300001'],
    ['WEBHOOK_ALLOW_HTTP', 'yes'],
    ['WEBHOOK_ALLOW_PRIVATE', 'maybe'],
    ['WEBHOOK_TIMEOUT_MS', '0'],
    ['WEBHOOK_TIMEOUT_MS', '30001'],
    ['WEBHOOK_RETRY_SCALE', '0'],
    ['WEBHOOK_RETRY_SCALE', '2'],
    ['WEBHOOK_RETRY_SCALE', 'fast'],
    ['WORKERS', '0'],
    ['WORKERS', '65'],
    ['WORKERS', 'many'],
    ['METRICS_TOKEN', 'short'],
    ['LOG_LEVEL', 'verbose'],
    ['NODE_ENV', 'staging'],
  ])('rejects %s=%s with a ConfigError naming it', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(namesIn(error)).toEqual([name]);
  });

  it('runs one server process per core on PostgreSQL and one on PGlite, unless WORKERS says', () => {
    const postgres = { DATABASE_URL: 'postgres://db.internal/tickets' };
    expect(loadConfig({}).WORKERS).toBe(1);
    expect(loadConfig(postgres).WORKERS).toBe(Math.min(availableParallelism(), 64));
    expect(loadConfig({ ...postgres, WORKERS: '3' }).WORKERS).toBe(3);
    expect(loadConfig({ WORKERS: '1' }).WORKERS).toBe(1);
  });

  it('divides a default pool of 10 connections between the processes, at least 4 each, unless DB_POOL_MAX says', () => {
    const postgres = { DATABASE_URL: 'postgres://db.internal/tickets' };
    expect(loadConfig({}).DB_POOL_MAX).toBe(10);
    expect(loadConfig({ ...postgres, WORKERS: '1' }).DB_POOL_MAX).toBe(10);
    expect(loadConfig({ ...postgres, WORKERS: '2' }).DB_POOL_MAX).toBe(5);
    expect(loadConfig({ ...postgres, WORKERS: '3' }).DB_POOL_MAX).toBe(4);
    expect(loadConfig({ ...postgres, WORKERS: '16' }).DB_POOL_MAX).toBe(4);
    expect(loadConfig({ ...postgres, WORKERS: '2', DB_POOL_MAX: '10' }).DB_POOL_MAX).toBe(10);
    // WORKERS unset on PostgreSQL: one process per core, the pool divided between them.
    const perCore = loadConfig(postgres);
    expect(perCore.DB_POOL_MAX).toBe(Math.max(4, Math.ceil(10 / perCore.WORKERS)));
  });

  it('refuses several workers on PGlite, whose database is one process’s', () => {
    const error = configError({ WORKERS: '2' });
    expect(namesIn(error)).toEqual(['WORKERS']);
    expect(error.message).toContain('set DATABASE_URL');
  });

  it('lists every bad variable at once, by name', () => {
    const error = configError({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      CORS_ORIGINS: 'not-an-origin',
      ADMIN_PASSWORD: 'short',
      HOST: '127.0.0.1',
    });
    expect(namesIn(error).sort()).toEqual(['ADMIN_PASSWORD', 'CORS_ORIGINS', 'DATABASE_URL', 'PORT']);
    expect(error.message).not.toContain('HOST');
    // It names the variable, never echoes a secret's value.
    expect(error.message).not.toContain('short');
  });
});

describe('a server started from parsed config', () => {
  it('honours ALLOW_REGISTRATION=0', async () => {
    const response = await server.request('/api/v1/auth/register', {
      method: 'POST',
      json: { email: 'closed@test.example', name: 'Closed', password: 'long-enough' },
    });
    await expectError(response, 403, 'E_FORBIDDEN');
  });

  it('allows each trimmed CORS origin and nothing else', async () => {
    const preflight = (origin: string) =>
      server.request('/api/v1/auth/login', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    for (const origin of ['https://a.example', 'https://b.example:8443']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of ['https://b.example', 'https://a.example:443', 'https://a.example.evil']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The real entry point (src/main.ts) in its own process.

// Up to two starts of the server from its TypeScript sources on a fresh PGlite directory, while other
// test files run beside them (one per core): as the other process tests allow.
const SPAWN_TIMEOUT = 60_000;

describe('src/main.ts as a process', () => {
  it(
    'exits with code 1 and names PORT on stderr when PORT=abc',
    async () => {
      const run = spawnServer({ PORT: 'abc' });
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.stderr()).toContain('PORT');
      expect(run.stderr()).toContain('Invalid configuration');
      expect(run.stdout()).not.toContain('"msg":"listening"');
    },
    SPAWN_TIMEOUT,
  );

  it(
    'lists every bad variable on stderr before exiting with code 1',
    async () => {
      const run = spawnServer({ PORT: '70000', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'not-an-origin' });
      const { code } = await run.exited;
      expect(code).toBe(1);
      for (const name of ['PORT', 'DATABASE_URL', 'CORS_ORIGINS']) expect(run.stderr()).toContain(name);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'starts on PGlite in DATA_DIR, serves requests, and stops cleanly on SIGTERM',
    async () => {
      const dataDir = await tempDir();
      const run = spawnServer({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        ADMIN_EMAIL: 'boss@process.example',
        ADMIN_PASSWORD: 'process-password-1',
      });
      const listening = await run.waitForLog('listening');
      expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const url = listening.url as string;
      expect(Number(new URL(url).port)).toBeGreaterThan(0);
      expect(run.logs().find((line) => line.msg === 'database ready')?.database).toBe('pglite');

      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@process.example', password: 'process-password-1' }),
      });
      expect((await expectJson<AuthResultJson>(login)).user.role).toBe('admin');
      // The database lives in DATA_DIR.
      expect((await readdir(dataDir)).length).toBeGreaterThan(0);

      run.child.kill('SIGTERM');
      const { code, signal } = await run.exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      const messages = run.logs().map((line) => line.msg);
      expect(messages).toContain('shutting down');
      expect(messages.at(-1)).toBe('stopped');
      expect(run.logs().find((line) => line.msg === 'shutting down')?.signal).toBe('SIGTERM');
      expect(run.stderr()).toBe('');
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    },
    SPAWN_TIMEOUT,
  );

  it(
    'generates and logs a first admin password once, and keeps the install on restart',
    async () => {
      const dataDir = await tempDir();
      const config = { PORT: '0', DATA_DIR: dataDir, ADMIN_EMAIL: 'first@process.example' };

      const first = spawnServer(config);
      const created = await first.waitForLog(
        'created the first admin with a generated password: change it after signing in',
      );
      const password = created.password;
      expect(typeof password).toBe('string');
      expect((password as string).length).toBeGreaterThanOrEqual(20);
      const firstUrl = (await first.waitForLog('listening')).url as string;
      const login = await fetch(`${firstUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@process.example', password }),
      });
      expect(login.status).toBe(200);
      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);

      // Same DATA_DIR: the admin exists, nothing is generated, a new ADMIN_PASSWORD changes nothing.
      const second = spawnServer({ ...config, ADMIN_PASSWORD: 'ignored-on-restart' });
      const secondUrl = (await second.waitForLog('listening')).url as string;
      expect(second.stdout()).not.toContain('created the first admin');
      const again = await fetch(`${secondUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@process.example', password }),
      });
      expect(again.status).toBe(200);
      const ignored = await fetch(`${secondUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@process.example', password: 'ignored-on-restart' }),
      });
      await expectError(ignored, 401, 'E_UNAUTHENTICATED');
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    },
    SPAWN_TIMEOUT,
  );
});
