import { createServerDatabase } from '@ticketing/db/testing/database';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminLogin, createSignedInUser } from './support/http.ts';
import {
  liveClient,
  makeProject,
  makeTicket,
  openRawStream,
  startLiveServer,
  subscribe,
  until,
} from './support/live.ts';
import { spawnServer, tempDir } from './support/spawn-server.ts';

describe('stopping with live streams open', () => {
  it('ends every stream as the stop begins, ends a stream opened during SHUTDOWN_DELAY_MS at once, and cuts nothing', async () => {
    const server = await startLiveServer({ SHUTDOWN_DELAY_MS: '1000' });
    const admin = await adminLogin(server);
    const { user, token } = await createSignedInUser(server, admin);
    await makeProject(server, admin, 'STOP', [user.id]);
    const raw = await openRawStream(server.url, { token });
    const subscription = subscribe(liveClient(server.url, token));
    // The subscription is open once an event reaches it.
    for (let i = 0; i < 50 && subscription.received.length === 0; i++) await makeTicket(server, admin, 'STOP');
    await raw.receives((message) => message.comment === 'connected', 'the raw stream open');

    let stopped = false;
    const closed = server.close().then((result) => {
      stopped = true;
      return result;
    });
    await until(() => raw.hasEnded(), 'the stream to end');
    // Still in SHUTDOWN_DELAY_MS (the server serves on, /readyz says 503): a new stream ends at once.
    const late = await openRawStream(server.url, { token });
    expect(late.response.status).toBe(200);
    await until(() => late.hasEnded(), 'the stream to end');
    expect(stopped).toBe(false);
    expect(late.messages).toEqual([{ comment: 'connected' }]);

    expect(await closed).toEqual({ cut: 0 });
    // The subscription was told to reconnect (elsewhere), not that it failed.
    await until(() => subscription.states.at(-1) === 'connecting', 'the subscription reconnecting');
    expect(subscription.errors).toEqual([]);
    subscription.stop();
  });
});

const { kind } = inject('dbTemplate');
const database = kind === 'postgres' ? await createServerDatabase({ migrated: false }) : undefined;
afterAll(() => database?.drop());

describe('SIGTERM with live streams open', () => {
  it('exits 0 without cutting a request: the streams end as the stop begins', async () => {
    const store: Record<string, string> = database ? { DATABASE_URL: database.url } : { DATA_DIR: await tempDir() };
    const admin = { ADMIN_EMAIL: 'admin@live-stop.example', ADMIN_PASSWORD: 'live-stop-password' };
    const server = spawnServer({ ...store, ...admin, PORT: '0' });
    const url = await server.listening();
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const raws = [await openRawStream(url, { token }), await openRawStream(url, { token })];
    for (const raw of raws) await raw.receives((message) => message.comment === 'connected', 'a stream open');
    const subscription = subscribe(liveClient(url, token));
    await until(() => subscription.states.includes('pending'), 'the subscription connected');

    server.child.kill('SIGTERM');
    const exit = await server.exited;
    subscription.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    // Without the streams ending, the drain would wait SHUTDOWN_GRACE_MS and then cut them.
    expect(server.logs().find((line) => line.msg === 'stopped')?.cut).toBe(0);
    for (const raw of raws) expect(raw.hasEnded()).toBe(true);
  }, 60_000);
});
