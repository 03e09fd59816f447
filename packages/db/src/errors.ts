// Codes that mean "the database cannot serve right now", not "this request is wrong": the driver's
// own (postgres.js), the operating system's, and PostgreSQL's SQLSTATEs for shutdown, overload,
// failover and the transient conflicts that a retry resolves.
const connectionCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'CONNECTION_ACQUIRE_TIMEOUT',
  'RESPONSE_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const unavailableStates = new Set([
  '57P01', // admin_shutdown: the server is restarting
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '25006', // read_only_sql_transaction: the URL now leads to a standby (a failover in progress)
  '40001', // serialization_failure: a retry succeeds
  '40P01', // deadlock_detected: one side was chosen to give way; a retry succeeds
]);

const isUnavailableCode = (code: string) =>
  connectionCodes.has(code) || unavailableStates.has(code) || /^08[0-9A-Z]{3}$/.test(code); // class 08: connection exception

/**
 * True when the error (or one it wraps: Drizzle wraps driver errors in `cause`) says the database is
 * unreachable, restarting, overloaded or too slow — a condition to retry, not a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && isUnavailableCode(code)) return true;
    pending.push(current.cause);
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}
