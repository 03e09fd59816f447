import { Agent, request } from 'node:http';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { afterAll, describe, expect, it } from 'vitest';
import { openRawStream, until } from './support/live.ts';
import { spawnServer } from './support/spawn-server.ts';

// WORKERS=2: a cluster's primary and two server processes sharing one port on one PostgreSQL database.
const database = await createServerDatabase({ migrated: false });
afterAll(() => database.drop());

const admin = { ADMIN_EMAIL: 'admin@workers.example', ADMIN_PASSWORD: 'workers-password' };
// Node's HTTP agent keeps a connection for the server's keep-alive timeout less a second: with the
// one-second timeout of spawned servers it would keep none, and the tests pin connections to workers.
const server = spawnServer({
  DATABASE_URL: database.url,
  ...admin,
  PORT: '0',
  WORKERS: '2',
  HTTP_KEEP_ALIVE_TIMEOUT_MS: '3000',
});
const url = await server.listening();

const pidsLogged = (msg: string) =>
  server
    .logs()
    .filter((line) => line.msg === msg)
    .map((line) => Number(line.workerPid));
/** The workers running now, from the primary's log. */
const workers = () => pidsLogged('worker listening').filter((pid) => !pidsLogged('worker died').includes(pid));
// Both start at once and migrate one at a time (a few seconds each through tsx).
await until(() => workers().length === 2, 'both workers listening', 60_000);

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Answer {
  status: number;
  body: string;
  /** The client's end of the connection: the same port, the same connection (and worker). */
  localPort: number | undefined;
}

/** One request; `agent: false` opens a connection of its own (the primary hands each to a worker in turn). */
function send(agent: Agent | false, method: string, path: string, token?: string, json?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const req = request(
      new URL(path, url),
      {
        agent,
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
        timeout: 10_000,
      },
      (res) => {
        // Read now: the socket goes back to the agent's pool once the response has ended.
        const localPort = res.socket.localPort;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, localPort }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The worker that answered, and over which connection: each worker's metrics carry its pid. */
async function servedBy(agent: Agent | false): Promise<{ pid: number; localPort: number | undefined }> {
  const { status, body, localPort } = await send(agent, 'GET', '/metrics');
  expect(status).toBe(200);
  const pid = body.match(/pid="(\d+)"/)?.[1];
  if (!pid) throw new Error('no pid label in /metrics');
  return { pid: Number(pid), localPort };
}

/** Workers seen answering new connections, until `expected` are or 40 connections were tried. */
async function workersAnswering(expected: number): Promise<Set<number>> {
  const seen = new Set<number>();
  for (let i = 0; i < 40 && seen.size < expected; i++) seen.add((await servedBy(false)).pid);
  return seen;
}

/** A keep-alive connection (one socket) that the given worker serves, and its client port. */
async function connectionTo(pid: number): Promise<{ agent: Agent; localPort: number | undefined }> {
  for (let i = 0; i < 40; i++) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const answer = await servedBy(agent);
    if (answer.pid === pid) return { agent, localPort: answer.localPort };
    agent.destroy();
  }
  throw new Error(`no connection reached worker ${pid} in 40 tries`);
}

async function login(): Promise<string> {
  const { status, body } = await send(false, 'POST', '/api/v1/auth/login', undefined, {
    email: admin.ADMIN_EMAIL,
    password: admin.ADMIN_PASSWORD,
  });
  expect(status).toBe(200);
  return (JSON.parse(body) as { token: string }).token;
}

async function createTicket(agent: Agent | false, token: string, title: string): Promise<Answer & { key: string }> {
  const answer = await send(agent, 'POST', '/api/v1/tickets', token, { projectKey: 'TSK', title });
  expect(answer.status).toBe(200);
  return { ...answer, key: (JSON.parse(answer.body) as { key: string }).key };
}

describe('WORKERS=2', () => {
  it('runs two server processes on one port, each serving the API', async () => {
    expect(await workersAnswering(2)).toEqual(new Set(workers()));
    // They started together: one migrated and created the admin, the other found it done.
    expect(server.logs().filter((line) => line.msg.startsWith('created the first admin'))).toHaveLength(1);
    const token = await login();
    for (const pid of workers()) {
      const { agent, localPort } = await connectionTo(pid);
      try {
        const me = await send(agent, 'GET', '/api/v1/auth/me', token);
        expect(me).toMatchObject({ status: 200, localPort });
        expect(JSON.parse(me.body)).toMatchObject({ email: admin.ADMIN_EMAIL });
      } finally {
        agent.destroy();
      }
    }
  }, 30_000);

  it('delivers a write through either worker to a live stream held by one of them', async () => {
    const token = await login();
    const stream = await openRawStream(url, { token });
    try {
      await stream.receives((message) => message.comment === 'connected', 'the stream open');
      // The stream starts from "now", read just after it opened: write until one arrives, so it is listening.
      for (let i = 0; i < 50 && stream.events().length === 0; i++) {
        await createTicket(false, token, `Priming ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // One of the two is not the stream's worker: its write reaches the stream through NOTIFY.
      for (const pid of workers()) {
        const { agent, localPort } = await connectionTo(pid);
        try {
          const created = await createTicket(agent, token, `Written through worker ${pid}`);
          expect(created.localPort).toBe(localPort);
          await until(
            () => stream.events().some((event) => event.ticket?.key === created.key),
            `the ticket written through worker ${pid} on the stream`,
            5_000,
          );
        } finally {
          agent.destroy();
        }
      }
    } finally {
      stream.close();
    }
  }, 30_000);

  it('replaces a worker that dies', async () => {
    const [victim, survivor] = workers();
    if (victim === undefined || survivor === undefined) throw new Error('two workers expected');
    process.kill(victim, 'SIGKILL');
    await until(() => pidsLogged('worker died').includes(victim), 'the primary noticing', 10_000);
    expect(isRunning(victim)).toBe(false);
    await until(() => workers().length === 2, 'a replacement listening', 60_000);
    const replacement = workers().find((pid) => pid !== survivor);
    expect(replacement).not.toBe(victim);
    expect(await workersAnswering(2)).toEqual(new Set([survivor, replacement]));
  }, 90_000);

  it('stops every worker on SIGTERM and exits 0, leaving no process behind', async () => {
    const running = workers();
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    for (const pid of running) expect(isRunning(pid)).toBe(false);
    const stopped = server.logs().filter((line) => line.msg === 'stopped');
    expect(stopped.map((line) => line.pid).sort()).toEqual([...running].sort());
    expect(stopped.every((line) => line.cut === 0)).toBe(true);
  }, 60_000);
});
