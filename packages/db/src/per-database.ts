import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database, Executor } from './client.ts';

/**
 * A value built once per database connection and reused: for Drizzle queries built with
 * `sql.placeholder()` and `.prepare(name)`, whose SQL text Drizzle would otherwise build again on every
 * call (a third of a ticket read's CPU). Such a query runs on the pool, outside any transaction.
 */
export function perDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}

/** The database itself when `executor` is not an open transaction (which a prepared query would escape). */
export function outsideTransaction(executor: Executor): Database | null {
  if (is(executor, PgTransaction)) return null;
  return executor;
}
