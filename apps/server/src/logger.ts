import { type Logger, pino } from 'pino';

/** Lines waiting for the output beyond this are dropped (a reader that stopped reading must not fill memory). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** Lines are written out once this much has gathered (some ten request lines)… */
const WRITE_AT_BYTES = 2048;
/** …or when this long has passed, so that a quiet server's lines still show at once to a reader. */
const WRITE_EVERY_MS = 100;
/**
 * No write is larger, and a write holds whole lines only (a line longer than this goes alone): pipes
 * write up to 4,096 bytes at once, so the lines of several processes sharing the output
 * (WORKERS > 1) never interleave mid-line.
 */
const WRITE_AT_MOST_BYTES = 4096;

/**
 * The process's logger, on standard output. Written asynchronously and in batches: a write per line
 * (pino's default is a synchronous one) is a system call on the request path for every request
 * logged, and an asynchronous write per line still hands each line to a thread of its own (under load,
 * a write and two thread wake-ups per request, counted with strace). Here lines gather up to
 * WRITE_AT_BYTES or WRITE_EVERY_MS, whichever comes first. What is buffered is written out when the
 * process exits (pino flushes it synchronously on exit: process.exit, a fatal error's line, the end
 * of a shutdown); a process that dies without exiting (SIGKILL, a second signal during shutdown, an
 * out-of-memory abort) loses at most its last WRITE_EVERY_MS of lines.
 */
export function createLogger(): Logger {
  return pino(
    pino.destination({
      sync: false,
      minLength: WRITE_AT_BYTES,
      maxWrite: WRITE_AT_MOST_BYTES,
      periodicFlush: WRITE_EVERY_MS,
      maxLength: MAX_BUFFERED_BYTES,
    }),
  );
}
