// The bench's server process is ready when it says it listens, not when something on its port answers:
// a server already holding the port would otherwise be measured in its place.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerDatabase } from '@ticketing/db/testing/database';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../src/run/server-process.ts';

const database = await createServerDatabase({ migrated: true });
afterAll(() => database.drop());

/** A stranger on a port, answering every request (its /readyz included) with 200. */
async function squatter(): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => response.end('{"ok":true}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('startServerProcess', () => {
  it('fails when another server holds the port, rather than measuring that one', async () => {
    const { server, port } = await squatter();
    try {
      await expect(startServerProcess(database.url, port)).rejects.toThrow(/server exited \(1\)[\s\S]*EADDRINUSE/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);

  it('is ready once each of its processes listens and it answers /readyz', async () => {
    const { server, port } = await squatter();
    await new Promise((resolve) => server.close(resolve));
    const started = await startServerProcess(database.url, port, { WORKERS: '2' });
    try {
      expect(started.pids()).toHaveLength(3);
      const ready = await fetch(`${started.url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      await started.stop();
    }
  }, 120_000);
});
