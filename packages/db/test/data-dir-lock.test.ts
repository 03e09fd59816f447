import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../src/data-dir-lock.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tkt-lock-'));
  dirs.push(dir);
  return dir;
}

const lockFile = (dir: string) => join(dir, 'ticketing.lock');

/** A pid that no process has: a short-lived child's, after it has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid ?? 0));
  });
}

async function refusal(promise: Promise<unknown>): Promise<DataDirLockedError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the lock to be refused');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DataDirLockedError);
  return error as DataDirLockedError;
}

describe('the data directory lock', () => {
  it('is exclusive: a second holder is refused with an error naming the owner, until the first releases', async () => {
    const dir = await freshDir();
    const first = await lockDataDir(dir);
    const error = await refusal(lockDataDir(dir));
    expect(error.message).toContain(`process ${process.pid} on ${hostname()}`);
    expect(error.message).toContain(dir);
    first.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    (await lockDataDir(dir)).release();
  });

  it('takes over a lock left by a process that no longer exists (a crash or kill -9)', async () => {
    const dir = await freshDir();
    const pid = await deadPid();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({
        pid,
        hostname: hostname(),
        processStart: null,
        startedAt: new Date().toISOString(),
        token: 'old',
      }),
    );
    const lock = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (pid reuse), where the start time tells', async () => {
    const dir = await freshDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({
        pid: process.pid,
        hostname: hostname(),
        processStart: 'not-our-start-time',
        startedAt: new Date().toISOString(),
        token: 'reused',
      }),
    );
    const lock = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).token).not.toBe('reused');
    lock.release();
  });

  it('leaves a lock held on another machine alone (shared storage cannot be checked from here)', async () => {
    const dir = await freshDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: 1, hostname: 'elsewhere.example', processStart: null, startedAt: 'then', token: 'x' }),
    );
    const error = await refusal(lockDataDir(dir));
    expect(error.message).toContain('process 1 on elsewhere.example');
  });

  it('refuses a lock file it cannot read rather than overwrite it', async () => {
    const dir = await freshDir();
    writeFileSync(lockFile(dir), 'not json');
    const error = await refusal(lockDataDir(dir));
    expect(error.message).toContain('Cannot read the data directory lock');
    expect(readFileSync(lockFile(dir), 'utf8')).toBe('not json');
  });

  it('goes with the process when it exits without closing the database', async () => {
    const dir = await freshDir();
    const script = `
      const { lockDataDir } = await import(${JSON.stringify(join(import.meta.dirname, '../src/data-dir-lock.ts'))});
      await lockDataDir(${JSON.stringify(dir)});
      process.exit(3);
    `;
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: join(import.meta.dirname, '..'),
      });
      child.once('exit', resolve);
    });
    expect(code).toBe(3);
    expect(existsSync(lockFile(dir))).toBe(false);
  });
});
