import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'ticketing.lock';
// The owner touches its lock this often. A lock written on another machine (or in another container:
// a new hostname, another pid namespace) cannot be checked by pid; untouched for STALE_AFTER_MS, its
// owner is gone.
const HEARTBEAT_MS = 5_000;
const STALE_AFTER_MS = 30_000;
// A takeover of a stale lock holds this directory for a moment; one left behind by a crash mid-takeover
// is cleared after this long.
const TAKEOVER_STALE_MS = 10_000;

interface LockOwner {
  pid: number;
  hostname: string;
  /** The process's start time as the kernel counts it, when known: tells a reused pid from the owner. */
  processStart: string | null;
  startedAt: string;
  token: string;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

export interface DataDirLock {
  release(): void;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null where there is no /proc. */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner, touchedAt: number): boolean {
  if (owner.hostname !== hostname()) return Date.now() - touchedAt < STALE_AFTER_MS;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = processStartOf(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

function readOwner(path: string): (LockOwner & { touchedAt: number }) | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return { ...owner, touchedAt: statSync(path).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable or not ours: never silently take over a file we do not understand.
    throw new DataDirLockedError(`Cannot read the data directory lock ${path}: ${(error as Error).message}`);
  }
}

/** Creates the lock file with its whole content in one step (link fails if it exists). */
function tryCreate(path: string, owner: LockOwner): boolean {
  const temporary = `${path}.${owner.token}`;
  writeFileSync(temporary, JSON.stringify(owner));
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** Removes a lock whose owner is gone, unless someone else is doing the same at this moment. */
function removeStale(path: string, stale: LockOwner): void {
  const takeover = `${path}.takeover`;
  try {
    mkdirSync(takeover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const takenAt = statSync(takeover, { throwIfNoEntry: false })?.mtimeMs;
    if (takenAt !== undefined && Date.now() - takenAt > TAKEOVER_STALE_MS) {
      try {
        rmdirSync(takeover);
      } catch {
        // Another process cleared it first.
      }
    }
    return;
  }
  try {
    // Still the same stale owner (not a lock another process has just taken): remove it.
    if (readOwner(path)?.token === stale.token) unlinkSync(path);
  } finally {
    rmdirSync(takeover);
  }
}

const describe = (owner: LockOwner) => `process ${owner.pid} on ${owner.hostname}, started ${owner.startedAt}`;

/**
 * Makes a PGlite data directory exclusive to this process: two processes on one directory would
 * both write it and lose each other's data. A lock left by a crashed process is taken over: on this
 * machine when its pid is gone or reused by another process, from elsewhere (another host or
 * container) when its owner has stopped touching it. A live owner is named in the error.
 */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    processStart: processStartOf(process.pid),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(path, owner)) {
      const heartbeat = setInterval(() => {
        const now = new Date();
        try {
          utimesSync(path, now, now);
        } catch {
          // Removed under us (by hand): the next start sees no lock; nothing to do here.
        }
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const release = () => {
        clearInterval(heartbeat);
        process.removeListener('exit', release);
        try {
          if (readOwner(path)?.token === owner.token) unlinkSync(path);
        } catch {
          // Gone already, or unreadable: nothing of ours to remove.
        }
      };
      // process.exit() skips close(); the lock still goes with the process.
      process.once('exit', release);
      return { release };
    }
    const current = readOwner(path);
    if (current && isAlive(current, current.touchedAt)) {
      throw new DataDirLockedError(
        `The data directory ${dir} is in use by ${describe(current)}. Stop that server first, or set DATA_DIR to another directory.`,
      );
    }
    if (current) removeStale(path, current);
    // Another process may be mid-takeover: give it a moment before looking again.
    await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}: it keeps changing hands`);
}
