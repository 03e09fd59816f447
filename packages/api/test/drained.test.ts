import { createServer, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drained } from '../src/http/drained.ts';

describe('drained', () => {
  it('cuts off a client that stops reading, instead of waiting for it for ever', async () => {
    let response: ServerResponse | undefined;
    const outcome = new Promise<{ destroyed: boolean }>((resolve) => {
      const server = createServer((_req, res) => {
        response = res;
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024);
        // Write until the socket pushes back for good (the kernel's buffers full too); at most 256 MB.
        const fill = async () => {
          for (let written = 0; !res.destroyed && written < 256 * 1024 * 1024; ) {
            while (res.write(chunk)) written += chunk.length;
            written += chunk.length;
            await drained(res, 200);
          }
          resolve({ destroyed: res.destroyed });
          server.close();
        };
        void fill();
      });
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
        socket.pause();
      });
    });
    expect(await outcome).toEqual({ destroyed: true });
    expect(response?.destroyed).toBe(true);
  });
});
