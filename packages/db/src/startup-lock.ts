import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { rowsOf } from './rows.ts';

// Any fixed number; every server of this application on one database uses the same one.
const STARTUP_LOCK_KEY = 727_110_001;
const WAIT_LIMIT_MS = 5 * 60 * 1000;
const POLL_MS = 100;

export class StartupLockTimeoutError extends Error {
  override readonly name = 'StartupLockTimeoutError';
}

/**
 * Takes the start-up advisory lock on this (single-connection) database session, waiting while
 * another server holds it — for as long as its migrations take, up to five minutes. Polling with
 * pg_try_advisory_lock keeps each statement short and the wait bounded.
 */
export async function holdStartupLock(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const result = await db.execute(sql`select pg_try_advisory_lock(${STARTUP_LOCK_KEY}) as locked`);
    if (rowsOf<{ locked: boolean }>(result)[0]?.locked) return;
    if (Date.now() > deadline) {
      throw new StartupLockTimeoutError(
        `Another server has held the start-up lock (advisory lock ${STARTUP_LOCK_KEY}) for over ${WAIT_LIMIT_MS / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
