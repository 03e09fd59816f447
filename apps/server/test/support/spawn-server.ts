import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { configSchema } from '../../src/config.ts';

const serverDir = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
const tempDirs: string[] = [];

// Registered on the test file that imports this module: nothing it started outlives it.
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  logs(): LogLine[];
  /** Resolves with the first log line matching, rejects if the process exits first. */
  waitForLog(msg: string): Promise<LogLine>;
  /** The URL from the `listening` log line. */
  listening(): Promise<string>;
  exited: Promise<Exit>;
}

/**
 * Node's flags in `pnpm start` (apps/server's start script, `node <flags> dist/main.js`): a built
 * bundle runs here as it does there.
 */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [node, ...flags] = scripts.start.split(' ').slice(0, -1);
  if (node !== 'node') throw new Error(`the start script does not run node: ${scripts.start}`);
  return flags;
}

/** A temporary directory removed when the test file ends. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tkt-server-process-'));
  tempDirs.push(dir);
  return dir;
}

/**
 * Starts `node --import tsx src/main.ts` with exactly the config given: every variable the server
 * reads is cleared from the inherited environment first (never DATABASE_URL from ours by accident).
 * `preload` is a module loaded into the process before the server (a test's own fault to inject);
 * `bundle` runs that built main.js (with the flags of `pnpm start`) instead of the sources.
 */
export function spawnServer(
  config: Record<string, string>,
  options: { preload?: string; bundle?: string } = {},
): Spawned {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(configSchema.shape)) delete env[name];
  // A stopping server waits for idle keep-alive connections to time out (clients may be sending on
  // them): a short timeout keeps each stop in these tests to about a second. One process unless the
  // test asks for workers (on PostgreSQL the default is one per core).
  Object.assign(env, { NODE_ENV: 'test', LOG_LEVEL: 'info', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000', WORKERS: '1' }, config);
  // cwd is apps/server so that `--import tsx` resolves this package's tsx.
  const preload = options.preload ? ['--import', options.preload] : [];
  const runtime = options.bundle ? startFlags() : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...runtime, ...preload, options.bundle ?? 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  const waiters: { msg: string; resolve: (line: LogLine) => void }[] = [];
  const parsed: LogLine[] = [];
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as LogLine;
      parsed.push(line);
      for (const waiter of waiters.filter((w) => w.msg === line.msg)) waiter.resolve(line);
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<Exit>((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
  });
  const waitForLog = (msg: string): Promise<LogLine> => {
    const seen = parsed.find((line) => line.msg === msg);
    if (seen) return Promise.resolve(seen);
    return Promise.race([
      new Promise<LogLine>((resolveLine) => waiters.push({ msg, resolve: resolveLine })),
      exited.then(({ code, signal }) => {
        throw new Error(`server exited (${code ?? signal}) before logging "${msg}":\n${out}\n${err}`);
      }),
    ]);
  };
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs: () => parsed,
    exited,
    waitForLog,
    listening: async () => (await waitForLog('listening')).url as string,
  };
}
