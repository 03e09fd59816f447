import type postgres from 'postgres';

/**
 * Distinct statement texts this process prepares on its connections. A statement's text is prepared
 * on each connection that runs it and stays there for the connection's life (postgres.js recycles
 * connections after 30–60 minutes), so the set is bounded: the hot statements are met first and stay
 * prepared; texts met after the bound is reached run unprepared, as before.
 */
export const MAX_PREPARED_TEXTS = 500;
/**
 * Statements with more parameters than this (multi-row inserts, long IN lists) vary in text with their
 * row count and cost more to run than to plan: preparing them would only fill the cache.
 */
export const MAX_PREPARED_PARAMETERS = 64;

type AnySql = postgres.Sql<Record<string, postgres.PostgresType>>;
type UnsafeArgs = Parameters<AnySql['unsafe']>;

export class PreparedTexts {
  readonly #texts = new Set<string>();

  constructor(private readonly max = MAX_PREPARED_TEXTS) {}

  /** Whether this statement runs as a named prepared statement (parsed once per connection). */
  admits(text: string, parameterCount: number): boolean {
    if (parameterCount > MAX_PREPARED_PARAMETERS) return false;
    if (this.#texts.has(text)) return true;
    if (this.#texts.size >= this.max) return false;
    this.#texts.add(text);
    return true;
  }

  get size(): number {
    return this.#texts.size;
  }
}

/**
 * Drizzle's postgres.js driver sends every statement it did not build with `.prepare(name)` with
 * `{ prepare: false }`: PostgreSQL then parses and plans it on every call, and a statement with
 * parameters costs two round trips (describe, then execute). This wraps the client Drizzle is given
 * so that its statements, in and out of transactions, are prepared once per connection and then cost
 * one round trip (Bind/Execute/Sync), within the bounds of `PreparedTexts`.
 */
export function preparingClient<T extends AnySql>(client: T, texts: PreparedTexts): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: UnsafeArgs[0], parameters?: UnsafeArgs[1], options?: UnsafeArgs[2]) =>
          target.unsafe(query, parameters, { ...options, prepare: texts.admits(query, parameters?.length ?? 0) });
      }
      if (property === 'begin' || property === 'savepoint') {
        const original = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const callback = args.at(-1);
          if (typeof callback !== 'function') return original.apply(target, args);
          // The transaction's own client would otherwise send Drizzle's statements unprepared.
          const wrapped = (transaction: AnySql) => callback(preparingClient(transaction, texts));
          return original.apply(target, [...args.slice(0, -1), wrapped]);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
