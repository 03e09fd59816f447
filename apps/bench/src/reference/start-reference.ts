import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rssOf } from '../run/server-process.ts';

const benchDir = join(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ReferenceProcess {
  url: string;
  pid: number;
  /** The last of what it printed (its errors). */
  output(): string;
  /** Starts sampling RSS every 100 ms; the returned function stops and gives the peak in bytes. */
  sampleRss(): () => number;
  pids(): number[];
  stop(): Promise<void>;
}

/**
 * The reference server as its own process (as the bench runs ours), on `port` (0: any free one);
 * resolves once it listens, rejects if it exits first or takes longer than 30 s.
 */
export async function startReferenceServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ReferenceProcess> {
  // cwd is apps/bench so that `--import tsx` resolves this package's tsx.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/reference/main.ts'], {
    cwd: benchDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last of what it printed, for the error when it fails (bounded: it may run for a long time).
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reference server did not listen within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      const line = output.split('\n').find((text) => text.startsWith('{"msg":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`reference server exited (${code}):\n${output}`));
    });
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    output: () => output,
    pids: () => [pid],
    sampleRss() {
      let peak = rssOf(pid);
      const timer = setInterval(() => {
        peak = Math.max(peak, rssOf(pid));
      }, 100);
      return () => {
        clearInterval(timer);
        return Math.max(peak, rssOf(pid));
      };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    },
  };
}
