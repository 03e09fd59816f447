import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the receiver got it. */
export interface Received {
  /** The request target, e.g. `/hooks/a?x=1`. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (Date.now()). */
  at: number;
}

/**
 * How to answer: a status with headers and a body (`endless`: a body that never ends, written until
 * the client goes away; `delayMs`: answered that much later), or `hold` to keep the request open
 * unanswered.
 */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string; endless?: boolean; delayMs?: number }
  | 'hold';

export interface Receiver {
  /** `http://127.0.0.1:<port>`: append a path. */
  url: string;
  received: Received[];
  /** Answers every request from now on with `answer(request, index among all received)`; 204 until set. */
  answer(answer: (request: Received, index: number) => Reply): void;
  close(): Promise<void>;
}

/** Writes `chunk` again and again, as fast as the client reads, until the connection closes. */
function writeForever(res: ServerResponse, chunk: string): void {
  const block = chunk.repeat(Math.ceil(16_384 / chunk.length));
  const write = () => {
    while (!res.destroyed && res.write(block)) {
      // Until the socket's buffer is full.
    }
  };
  res.on('drain', write);
  write();
}

/**
 * A real HTTP server on 127.0.0.1 standing in for a webhook receiver in tests: it records every
 * request and answers as told. Closing it drops held requests.
 */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  let answer: (request: Received, index: number) => Reply = () => ({ status: 204 });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      received.push(request);
      const reply = answer(request, received.length - 1);
      if (reply === 'hold') {
        held.push(res);
        return;
      }
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, reply.headers ?? {});
        if (reply.endless) writeForever(res, reply.body ?? 'x');
        else res.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer(next) {
      answer = next;
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits until `done` holds, looking every 20 ms, for at most `ms`; then fails with `what`. */
export async function until(what: string, done: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
