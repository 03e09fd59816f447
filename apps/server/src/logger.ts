import { type Logger, pino } from 'pino';

/** Lines waiting for the output beyond this are dropped (a reader that stopped reading must not fill memory). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * The process's logger, on standard output. Written asynchronously: a synchronous write per line (pino's
 * default) is a system call on the request path for every request logged; here the lines that arrive
 * while one write is under way go out together in the next. Nothing waits when the log is quiet, and
 * what is buffered is written out when the process exits, however it exits.
 */
export function createLogger(): Logger {
  return pino(pino.destination({ sync: false, maxLength: MAX_BUFFERED_BYTES }));
}
