import { createClient } from '@ticketing/client/create-client';
import { createTestDatabase } from '@ticketing/db/testing/database';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config.ts';
import { type RunningServer, type StartOptions, startServer } from '../../src/start-server.ts';
import { tempDir } from './spawn-server.ts';

export const ADMIN_EMAIL = 'admin@test.example';
export const ADMIN_PASSWORD = 'admin-password-123';

export interface TestServer extends RunningServer {
  /** A typed tRPC client; pass a token to act as someone. */
  client(token?: string): ReturnType<typeof createClient>;
  /** fetch against the server, path relative to its root (e.g. /api/v1/auth/me). */
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  /** Signs in over REST and returns the session token. */
  login(email: string, password: string): Promise<string>;
}

/** The real server on an ephemeral port over this test file's own fresh database. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'liveLimits' | 'webDist' | 'storage'> = {},
): Promise<TestServer> {
  const config: Config = loadConfig({
    PORT: '0',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    // Local attachment files go to a directory of this server's own, never the checkout's .data.
    DATA_DIR: await tempDir(),
    ...env,
  });
  const connection = await createTestDatabase();
  const server = await startServer(config, { connection, logger: pino({ level: 'silent' }), ...options });

  const request: TestServer['request'] = (path, init = {}) => {
    const { token, json, headers, ...rest } = init;
    return fetch(`${server.url}${path}`, {
      ...rest,
      headers: {
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(headers as Record<string, string> | undefined),
      },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
  };

  return {
    ...server,
    // Test clients are done when a file closes its server: idle keep-alive connections go at once.
    close: (options) => server.close({ idleMs: 0, ...options }),
    client: (token) => createClient({ url: `${server.url}/trpc`, ...(token ? { token } : {}) }),
    request,
    async login(email, password) {
      const response = await request('/api/v1/auth/login', { method: 'POST', json: { email, password } });
      if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    },
  };
}
