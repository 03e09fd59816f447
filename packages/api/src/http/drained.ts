import type { ServerResponse } from 'node:http';

/** How long a client may take to read what was written before it is cut off. */
export const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Resolves once what was written has drained to the socket, or the connection is gone. A client that
 * stops reading gets `timeoutMs`, then its connection is closed: no stream waits on it for ever.
 */
export const drained = (res: ServerResponse, timeoutMs = DRAIN_TIMEOUT_MS) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(() => {
      res.destroy();
      done();
    }, timeoutMs);
    res.once('drain', done);
    res.once('close', done);
  });
