import type { Executor } from './client.ts';

/**
 * What Drizzle keeps on every database and transaction object, read here only: its dialect (one per
 * database, shared by all of the database's transactions) and its session's client (the pool, or the
 * connection a transaction holds), which a prepared query sends its statement through.
 */
interface DrizzleInternals {
  dialect: object;
  session: { client: unknown };
}
const internals = (executor: Executor) => executor as unknown as DrizzleInternals;

/**
 * A value built once per database and reused by it and all of its transactions: for Drizzle queries
 * built with `sql.placeholder()` and `.prepare(name)`, whose SQL text Drizzle would otherwise build
 * again on every call (a third of a ticket read's CPU, two fifths of a transition's). Run such a query
 * with `on(query, executor)`.
 */
export function perDatabase<T>(build: (executor: Executor) => T): (executor: Executor) => T {
  const built = new WeakMap<object, T>();
  return (executor) => {
    const { dialect } = internals(executor);
    let value = built.get(dialect);
    if (value === undefined) {
      value = build(executor);
      built.set(dialect, value);
    }
    return value;
  };
}

/**
 * A query built once (perDatabase) as run by `executor`: through the pool, or through the connection
 * of the transaction `executor` is, so that it sees and locks what the transaction does. The query
 * itself is left as it is (the same statement text, the same result mapping).
 */
export function on<Query extends object>(query: Query, executor: Executor): Query {
  return Object.create(query, { client: { value: internals(executor).session.client } }) as Query;
}

/**
 * One query built once per database (perDatabase), handed out already bound to the executor it is
 * asked for (`on`), so that the two can never be given different executors.
 */
export function preparedQuery<Query extends object>(
  build: (executor: Executor) => Query,
): (executor: Executor) => Query {
  const built = perDatabase(build);
  return (executor) => on(built(executor), executor);
}
