import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Runs an ES module's source in a process of its own. */
function runModule(source: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
      cwd: join(import.meta.dirname, '..'),
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.once('exit', (code) => resolve({ code, stdout }));
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

  it('leaves a lock from another machine or container alone while its owner keeps touching it', async () => {
    const dir = await freshDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: 1, hostname: 'elsewhere.example', processStart: null, startedAt: 'then', token: 'x' }),
    );
    const error = await refusal(lockDataDir(dir));
    expect(error.message).toContain('process 1 on elsewhere.example');
  });

  it('takes over a lock from another machine or container once it has gone untouched for 30 s', async () => {
    const dir = await freshDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: 1, hostname: 'old-container', processStart: null, startedAt: 'then', token: 'gone' }),
    );
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile(dir), minuteAgo, minuteAgo);
    const lock = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).hostname).toBe(hostname());
    lock.release();
  });

  it('goes to exactly one of several processes taking over the same stale lock at once', async () => {
    const dir = await freshDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: await deadPid(), hostname: hostname(), processStart: null, startedAt: 'then', token: 'x' }),
    );
    const script = `
      const { lockDataDir } = await import(${JSON.stringify(join(import.meta.dirname, '../src/data-dir-lock.ts'))});
      try {
        await lockDataDir(${JSON.stringify(dir)});
        console.log('locked');
        await new Promise((resolve) => setTimeout(resolve, 1500));
      } catch (error) {
        console.log(error.name);
      }
    `;
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => runModule(script)));
    expect(outcomes.map((outcome) => outcome.stdout.trim()).sort()).toEqual([
      'DataDirLockedError',
      'DataDirLockedError',
      'DataDirLockedError',
      'locked',
    ]);
  }, 30_000);

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
    expect((await runModule(script)).code).toBe(3);
    expect(existsSync(lockFile(dir))).toBe(false);
  });
});
