import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const serverDir = join(import.meta.dirname, '../../../server');

/** Resident set size of a process in bytes (Linux), or 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The processes `pid` started (Linux), e.g. a cluster primary's workers; none when it is gone. */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

export interface RssPeaks {
  /** The peak of the server's processes together (with WORKERS > 1, the primary and its workers). */
  total: number;
  /** The peak of its largest process: the one that serves with WORKERS=1, the largest worker otherwise. */
  largest: number;
  /** Each process's own peak (workers replaced during the sampling count as processes of their own). */
  byPid: Map<number, number>;
}

/** Stops sampling and gives the total peak in bytes; `peaks()` then tells it per process. */
export interface StopRssSampling {
  (): number;
  peaks(): RssPeaks;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Starts sampling RSS every 100 ms, of the server and of the workers it forked. */
  sampleRss(): StopRssSampling;
  /** The server's processes now: with WORKERS > 1, the primary and its workers. */
  pids(): number[];
  stop(): Promise<void>;
}

const OUTPUT_KEPT_CHARS = 64 * 1024;
/** How long a server may take to migrate, start its processes and answer /readyz. */
const START_TIMEOUT_MS = 60_000;

let built: Promise<unknown> | undefined;

/**
 * The bundle `pnpm start` runs, built once per bench process (so it is never stale); with the same
 * command as `pnpm --filter @ticketing/server build`.
 */
function buildServerOnce(): Promise<unknown> {
  built ??= promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: serverDir });
  return built;
}

/** `pnpm start`'s command (apps/server's start script, `node <flags> dist/main.js`), to run as it. */
function startCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [node, ...args] = scripts.start.split(' ');
  if (node !== 'node') throw new Error(`the server's start script does not run node: ${scripts.start}`);
  return args;
}

/**
 * The production server as its own process: the built bundle as `pnpm start` runs it, with
 * NODE_ENV=production, on the benchmark database, otherwise as configured by default (a log line per
 * request included). One server process unless `env` sets WORKERS. Its readiness is read from its
 * info-level "listening" lines, so `env` must not raise LOG_LEVEL above info.
 */
export async function startServerProcess(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  await buildServerOnce();
  const child = spawn(process.execPath, startCommand(), {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_PASSWORD: 'bench-admin-password',
      // The server's default on PostgreSQL is one process per core: runs say when they want several.
      WORKERS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Its log (a line per request at the default level) is read as a log collector would; only the
  // last chunks are kept, to show if it exits (each chunk costs its own size, not the kept tail's).
  // Until it is ready its lines are also read for its own "listening" lines.
  const kept: string[] = [];
  let keptChars = 0;
  const listening = { lines: 0, done: false };
  // Each stream its own unfinished line: a chunk of one ends mid-line as the other writes.
  const keeper = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = chunk.toString();
      kept.push(text);
      keptChars += text.length;
      while (kept.length > 1 && keptChars - (kept[0]?.length ?? 0) >= OUTPUT_KEPT_CHARS)
        keptChars -= kept.shift()?.length ?? 0;
      if (listening.done) return;
      const lines = (partial + text).split('\n');
      partial = (lines.pop() ?? '').slice(-OUTPUT_KEPT_CHARS);
      for (const line of lines) {
        if (line.includes('"msg":"listening"') && line.includes(`"url":"${url}"`)) listening.lines += 1;
      }
    };
  };
  child.stdout?.on('data', keeper());
  child.stderr?.on('data', keeper());
  // After exit, what it wrote last may still be in the pipes: 'close' comes when they are read.
  const closed = new Promise((resolve) => child.once('close', resolve));
  // Ready when every one of its processes has said it listens on the port, then /readyz answers: a
  // poll of the URL alone would take any other server already on the port for this one (and measure
  // it), and it would stop at the first process of several.
  const processes = Math.max(1, Number(env.WORKERS ?? '1') || 1);
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${kept.join('')}`);
    }
    const ready =
      listening.lines >= processes &&
      (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) })
        .then((r) => r.ok)
        .catch(() => false));
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `server not ready within ${START_TIMEOUT_MS / 1000} s (${listening.lines} of ${processes} processes listening):\n${kept.join('')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  listening.done = true;
  const pid = child.pid ?? 0;
  return {
    url,
    child,
    pids: () => [pid, ...childrenOf(pid)],
    sampleRss() {
      const byPid = new Map<number, number>();
      let total = 0;
      const sample = () => {
        let sum = 0;
        for (const each of [pid, ...childrenOf(pid)]) {
          const rss = rssOf(each);
          sum += rss;
          byPid.set(each, Math.max(byPid.get(each) ?? 0, rss));
        }
        total = Math.max(total, sum);
      };
      sample();
      const timer = setInterval(sample, 100);
      let stopped = false;
      const stop = () => {
        if (!stopped) {
          clearInterval(timer);
          sample();
          stopped = true;
        }
        return total;
      };
      return Object.assign(stop, {
        peaks: (): RssPeaks => {
          stop();
          // The primary only supervises: with workers, the largest is the largest worker's.
          const workers = [...byPid].filter(([each]) => each !== pid).map(([, rss]) => rss);
          return { total, largest: Math.max(0, ...(workers.length > 0 ? workers : [byPid.get(pid) ?? 0])), byPid };
        },
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
