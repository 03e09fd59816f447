import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The port clients connect to (stays the same across refuse/restore). */
  port: number;
  /** Destroys every open connection, both sides, as a crashed or restarted server would. */
  cut(): void;
  /** Stops listening: new connections are refused (ECONNREFUSED) until restore(). */
  refuse(): Promise<void>;
  /** Listens again on the same port, and lets traffic through again after freeze(). */
  restore(): Promise<void>;
  /** Keeps every connection open but lets nothing through, as a network path that has gone silent. */
  freeze(): void;
  /** Connections made through the proxy so far. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a database server, for tests that take the database away
 * without touching the shared PostgreSQL cluster.
 */
export async function startTcpProxy(
  target: { host: string; port: number },
  /** Sees every chunk a client sends towards the server, with the number of its connection. */
  onClientData?: (connection: number, chunk: Buffer) => void,
): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let accepted = 0;
  let server: Server | undefined;
  let frozen = false;

  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer((client) => {
        const connection = ++accepted;
        const upstream = connect(target.port, target.host);
        track(client);
        track(upstream);
        // Forwarded by hand rather than piped, so that freeze() can swallow traffic mid-stream.
        client.on('data', (chunk) => {
          onClientData?.(connection, chunk);
          if (!frozen) upstream.write(chunk);
        });
        upstream.on('data', (chunk) => frozen || client.write(chunk));
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        const address = next.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });

  const port = await listen(0);

  return {
    port,
    cut() {
      for (const socket of open) socket.destroy();
    },
    async refuse() {
      // close() releases the port at once; its callback would wait for the open connections.
      server?.close();
      server = undefined;
    },
    async restore() {
      frozen = false;
      if (!server) await listen(port);
    },
    freeze() {
      frozen = true;
    },
    connections: () => accepted,
    async close() {
      for (const socket of open) socket.destroy();
      const current = server;
      server = undefined;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
}
