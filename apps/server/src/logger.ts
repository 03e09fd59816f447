import { type Logger, pino } from 'pino';

/** Lines waiting for the output beyond this are dropped (a reader that stopped reading must not fill memory). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** Lines are written out once this much has gathered (some 20 request lines)… */
const WRITE_AT_BYTES = 4096;
/** …or when this long has passed, so that a quiet server's lines still show at once to a reader. */
const WRITE_EVERY_MS = 200;

/**
 * The process's logger, on standard output. Written asynchronously and in batches: a write per line
 * (pino's default is a synchronous one) is a system call on the request path for every request
 * logged, and an asynchronous write per line still hands each line to a thread of its own (under load,
 * a write and two thread wake-ups per request, counted with strace). Here lines gather up to
 * WRITE_AT_BYTES or WRITE_EVERY_MS, whichever comes first; what is buffered is written out when the
 * process exits (pino flushes it synchronously on exit, a fatal error's line included). A process
 * killed outright (SIGKILL) loses at most its last WRITE_EVERY_MS of lines.
 */
export function createLogger(): Logger {
  return pino(
    pino.destination({
      sync: false,
      minLength: WRITE_AT_BYTES,
      periodicFlush: WRITE_EVERY_MS,
      maxLength: MAX_BUFFERED_BYTES,
    }),
  );
}
