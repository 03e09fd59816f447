import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRestClient } from '@ticketing/client/rest-client';
import { afterAll, describe, expect, it } from 'vitest';
import { expectJson } from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

async function apiToken(scopes: ('read' | 'write')[]): Promise<string> {
  const session = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const rest = createRestClient({ baseUrl: `${server.url}/api/v1`, token: session });
  const { data, error } = await rest.POST('/auth/tokens', { body: { name: 'tool', scopes } });
  if (!data) throw new Error(`token: ${JSON.stringify(error)}`);
  return data.token;
}

describe('the typed REST client', () => {
  it('creates, moves and reads a ticket with an API token', async () => {
    const rest = createRestClient({ baseUrl: `${server.url}/api/v1`, token: await apiToken(['read', 'write']) });
    const created = await rest.POST('/tickets', {
      body: { projectKey: 'TSK', title: 'From a script', priority: 'high' },
    });
    expect(created.data?.key).toMatch(/^TSK-\d+$/);
    const key = created.data?.key ?? '';

    const moved = await rest.POST('/tickets/{key}/transition', {
      params: { path: { key } },
      body: { version: created.data?.version ?? 0, status: 'in_progress' },
    });
    expect(moved.data?.status).toBe('in_progress');

    const stale = await rest.POST('/tickets/{key}/transition', {
      params: { path: { key } },
      body: { version: 1, status: 'closed' },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error).toMatchObject({ error: 'E_CONFLICT' });

    const page = await rest.GET('/tickets', {
      params: { query: { projectKeys: ['TSK'], status: ['in_progress'], includeTotal: true } },
    });
    expect(page.data?.items.map((ticket) => ticket.key)).toContain(key);
    expect(page.data?.total).toBeGreaterThanOrEqual(1);
  });
});

describe('examples/external-tool.mjs', () => {
  it('runs against the server with an API token and only fetch', async () => {
    const script = fileURLToPath(new URL('../../../examples/external-tool.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script, 'TSK'], {
      env: { PATH: process.env.PATH, TICKETING_URL: server.url, TICKETING_TOKEN: await apiToken(['read', 'write']) },
    });
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      key: string;
      status: string;
      historyActions: string[];
    };
    expect(summary.status).toBe('in_progress');
    expect(summary.historyActions).toEqual(['created', 'transitioned']);
  });
});

describe('examples/attach-file.mjs', () => {
  it('attaches a file from disk with an API token and only fetch', async () => {
    const script = fileURLToPath(new URL('../../../examples/attach-file.mjs', import.meta.url));
    const dir = await mkdtemp(join(tmpdir(), 'attach-example-'));
    const file = join(dir, 'crash.log');
    await writeFile(file, 'segfault at 0x0\n'.repeat(100));
    const token = await apiToken(['read', 'write']);
    const created = await expectJson<{ key: string }>(
      await server.request('/api/v1/tickets', { method: 'POST', token, json: { projectKey: 'TSK', title: 'Crash' } }),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script, created.key, file], {
      env: { PATH: process.env.PATH, TICKETING_URL: server.url, TICKETING_TOKEN: token },
    });
    expect(JSON.parse(stdout.trim())).toMatchObject({ fileName: 'crash.log', size: 1600, state: 'ready' });
    const listed = await expectJson<{ fileName: string }[]>(
      await server.request(`/api/v1/tickets/${created.key}/attachments`, { token }),
    );
    expect(listed.map((item) => item.fileName)).toEqual(['crash.log']);
  });
});
