import { createDb } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { describe, expect, it } from 'vitest';
import { spawnServer, tempDir } from './support/spawn-server.ts';

const ADMIN = { ADMIN_EMAIL: 'admin@lock.example', ADMIN_PASSWORD: 'lock-password-1' };

async function signIn(url: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  });
  return ((await login.json()) as { token: string }).token;
}

// Two processes on one PGlite data directory would each write it as if alone: the same ticket numbers
// handed out twice, and half the acknowledged writes gone after a restart.
describe('an embedded data directory', () => {
  it('belongs to one server process; a second is refused, naming the first', async () => {
    const dataDir = await tempDir();
    const first = spawnServer({ ...ADMIN, PORT: '0', DATA_DIR: dataDir });
    await first.listening();
    const second = spawnServer({ ...ADMIN, PORT: '0', DATA_DIR: dataDir });
    expect((await second.exited).code).toBe(1);
    expect(second.stderr()).toContain(`The data directory ${dataDir} is in use by process ${first.child.pid}`);
    expect(second.stdout()).not.toContain('"msg":"listening"');
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    // A clean stop releases it.
    const third = spawnServer({ ...ADMIN, PORT: '0', DATA_DIR: dataDir });
    await third.listening();
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  }, 60_000);

  it('is taken over after its owner is killed (kill -9), with every acknowledged write kept', async () => {
    const dataDir = await tempDir();
    const first = spawnServer({ ...ADMIN, PORT: '0', DATA_DIR: dataDir });
    const url = await first.listening();
    const token = await signIn(url);
    const acknowledged: string[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await fetch(`${url}/api/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ projectKey: 'TSK', title: `Kept ${i}` }),
      });
      expect(response.status).toBe(200);
      acknowledged.push(((await response.json()) as { key: string }).key);
    }
    first.child.kill('SIGKILL');
    await first.exited;

    // The lock file names a dead process now: the next server takes over.
    const second = spawnServer({ ...ADMIN, PORT: '0', DATA_DIR: dataDir });
    await second.listening();
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const check = await createDb({ dataDir });
    try {
      const rows = await check.db.select({ key: tickets.key }).from(tickets);
      expect(rows.map((row) => row.key).sort()).toEqual([...acknowledged].sort());
      expect(new Set(acknowledged).size).toBe(40);
    } finally {
      await check.close();
    }
  }, 60_000);
});
