import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

interface SocketState {
  /** Requests on this socket whose response has not finished. */
  active: number;
  idleSince: number;
}

export interface DrainOptions {
  /** How long in-flight requests get to finish before their connections are cut. */
  graceMs: number;
  /**
   * How long an idle keep-alive connection is left open once draining: a client may already be
   * sending its next request on it, and closing under that request resets it. The server's
   * keep-alive timeout is the natural bound (clients stop reusing a connection before it).
   */
  idleMs: number;
}

export interface DrainResult {
  /** Requests still running when the grace period ended, whose connections were cut. */
  cut: number;
}

/**
 * Tracks an HTTP server's connections so that it can stop without cutting a request: stop
 * listening, answer everything still arriving with `Connection: close`, let in-flight requests
 * finish, and close idle connections only once they have been idle for `idleMs`.
 */
export function trackConnections(server: Server) {
  const sockets = new Map<Socket, SocketState>();
  const responses = new Set<ServerResponse>();
  let closing = false;
  let accepted = 0;

  server.on('connection', (socket: Socket) => {
    accepted++;
    sockets.set(socket, { active: 0, idleSince: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });

  // First in line, so that a handler answering synchronously already sees `Connection: close`.
  server.prependListener('request', (req, res: ServerResponse) => {
    const state = sockets.get(req.socket);
    if (state) state.active++;
    responses.add(res);
    if (closing) res.setHeader('Connection', 'close');
    res.once('close', () => {
      responses.delete(res);
      if (state) {
        state.active--;
        state.idleSince = Date.now();
      }
    });
  });

  /**
   * Connections the kernel completed while we were busy wait in the listen backlog with their
   * requests already sent, and closing the listener would reset them. A busy event loop (PGlite under
   * load) accepts about one per turn, so keep listening, answering as usual (nobody is sent off to
   * reconnect yet), until three turns in a row accept nothing — or until `until`.
   */
  async function acceptBacklog(until: number): Promise<void> {
    let seen = accepted;
    for (let quietTurns = 0; quietTurns < 3 && Date.now() < until; ) {
      await new Promise(setImmediate);
      quietTurns = accepted === seen ? quietTurns + 1 : 0;
      seen = accepted;
    }
  }

  return {
    async drain({ graceMs, idleMs }: DrainOptions): Promise<DrainResult> {
      const deadline = Date.now() + graceMs;
      await acceptBacklog(deadline - graceMs / 2);
      // http.Server's own close() would also close idle keep-alive connections at once, racing
      // requests already on their way over them; the plain net close only stops accepting.
      NetServer.prototype.close.call(server);
      // From here every answer says `Connection: close`: its client reconnects to a refusal, and so
      // knows its next request was never sent.
      closing = true;
      for (const res of responses) if (!res.headersSent) res.setHeader('Connection', 'close');

      while (sockets.size > 0 && Date.now() < deadline) {
        const now = Date.now();
        for (const [socket, state] of sockets) {
          if (state.active === 0 && now - state.idleSince >= idleMs) socket.destroy();
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      let cut = 0;
      for (const [socket, state] of sockets) {
        cut += state.active;
        socket.destroy();
      }
      // Clears the http server's own connection-checking timer (the net server is already closed).
      server.close(() => {});
      return { cut };
    },
  };
}
