import { createClient } from '@ticketing/client/create-client';
import { errorCodeOf } from '@ticketing/client/errors';
import { EventSource } from 'eventsource';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, cookieHeader, createSignedInUser, postLogin, sessionSetCookie } from './support/http.ts';
import { liveClient, makeProject, makeTicket, positionOf, startLiveServer, subscribe, until } from './support/live.ts';

// tRPC subscriptions over server-sent events, end to end: the typed client with the `eventsource`
// package, the server's SSE response, the live feed behind it.
const server = await startLiveServer();
// Streams here last a second and a half: their clients reconnect, and must resume without a gap.
const brief = await startLiveServer({}, { maxDurationMs: 1_500 });
const capped = await startLiveServer({}, { streamsPerUser: 2 });
afterAll(() => Promise.all([server.close(), brief.close(), capped.close()]));

const admin = await adminLogin(server);
const reader = await createSignedInUser(server, admin);
const outsider = await createSignedInUser(server, admin);
await makeProject(server, admin, 'LIVE', [reader.user.id]);
await makeProject(server, admin, 'AWAY', [outsider.user.id]);
const briefAdmin = await adminLogin(brief);
const watcher = await createSignedInUser(brief, briefAdmin);
await makeProject(brief, briefAdmin, 'RECO', [watcher.user.id]);
const cappedAdmin = await adminLogin(capped);
const user = await createSignedInUser(capped, cappedAdmin);
await makeProject(capped, cappedAdmin, 'CAP', [user.user.id]);

describe('events.subscribe over HTTP', () => {
  it('delivers the events of the subscriber’s projects as they commit, tracked by event id, with Dates', async () => {
    const after = await positionOf(server, admin);
    const mine = subscribe(liveClient(server.url, reader.token), { lastEventId: after });
    const theirs = subscribe(liveClient(server.url, outsider.token), { lastEventId: after });
    try {
      const key = await makeTicket(server, admin, 'LIVE');
      const event = await mine.receives((e) => e.ticket?.key === key, 'the new ticket');
      expect(event.type).toBe('ticket.created');
      expect(event.createdAt).toBeInstanceOf(Date);
      expect(mine.received.map((item) => item.id)).toEqual(mine.received.map((item) => String(item.data.id)));
      // The outsider's own project: once its ticket arrives, the LIVE one (earlier) has been passed over.
      const marker = await makeTicket(server, admin, 'AWAY');
      await theirs.receives((e) => e.ticket?.key === marker, 'the ticket of their own project');
      expect(theirs.received.map((item) => item.data.ticket?.key)).toEqual([marker]);
      expect(mine.errors).toEqual([]);
    } finally {
      mine.stop();
      theirs.stop();
    }
  });

  it('resumes after lastEventId: every event it missed, then live ones, each once', async () => {
    const after = await positionOf(server, admin);
    const missed = [await makeTicket(server, admin, 'LIVE'), await makeTicket(server, admin, 'LIVE')];
    const resumed = subscribe(liveClient(server.url, reader.token), { lastEventId: after });
    try {
      const live = await makeTicket(server, admin, 'LIVE');
      await resumed.receives((e) => e.ticket?.key === live, 'the live ticket');
      expect(resumed.received.map((item) => item.data.ticket?.key)).toEqual([...missed, live]);
    } finally {
      resumed.stop();
    }
  });

  it('stops sending a project’s events at once when the subscriber is removed from it', async () => {
    const { user, token } = await createSignedInUser(server, admin);
    await makeProject(server, admin, 'GONE', [user.id]);
    await makeProject(server, admin, 'STAY', [user.id]);
    const subscription = subscribe(liveClient(server.url, token), { lastEventId: await positionOf(server, admin) });
    try {
      const before = await makeTicket(server, admin, 'GONE');
      await subscription.receives((e) => e.ticket?.key === before, 'a ticket while a member');
      const removed = await server.request(`/api/v1/projects/GONE/members/${user.id}`, {
        method: 'DELETE',
        token: admin,
      });
      expect(removed.status).toBe(200);
      const after = await makeTicket(server, admin, 'GONE');
      const marker = await makeTicket(server, admin, 'STAY');
      await subscription.receives((e) => e.ticket?.key === marker, 'the marker');
      expect(subscription.received.map((item) => item.data.ticket?.key)).not.toContain(after);
    } finally {
      subscription.stop();
    }
  });

  it('authenticates by the session cookie, as a browser’s EventSource does', async () => {
    const login = await postLogin(server, reader.user.email, reader.user.password);
    const setCookie = sessionSetCookie(login);
    if (!setCookie) throw new Error('no session cookie');
    const client = createClient({
      url: `${server.url}/trpc`,
      headers: { cookie: cookieHeader(setCookie) },
      EventSource,
    });
    const subscription = subscribe(client, { lastEventId: await positionOf(server, admin) });
    try {
      const key = await makeTicket(server, admin, 'LIVE');
      await subscription.receives((e) => e.ticket?.key === key, 'a ticket, over the cookie');
    } finally {
      subscription.stop();
    }
  });

  it('refuses an anonymous subscriber with E_UNAUTHENTICATED, and it does not retry', async () => {
    const subscription = subscribe(liveClient(server.url, ''));
    await until(() => subscription.errors.length > 0, 'the refusal');
    expect(errorCodeOf(subscription.errors[0])).toBe('E_UNAUTHENTICATED');
    subscription.stop();
  });
});

describe('events.subscribe when the server ends streams', () => {
  it('reconnects by itself and resumes after the last event id: no event missed, none twice', async () => {
    const start = await positionOf(brief, briefAdmin);
    const subscription = subscribe(liveClient(brief.url, watcher.token), { lastEventId: start });
    const written: string[] = [];
    try {
      // Writes across several stream lifetimes, also while the client is away between two.
      const reconnected = () => subscription.states.filter((state) => state === 'pending').length >= 3;
      while (!reconnected() && written.length < 200) {
        written.push(await makeTicket(brief, briefAdmin, 'RECO'));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(reconnected()).toBe(true);
      const last = written.at(-1);
      await subscription.receives((e) => e.ticket?.key === last, 'the last ticket');
      expect(subscription.received.map((item) => item.data.ticket?.key)).toEqual(written);
      expect(subscription.errors).toEqual([]);
    } finally {
      subscription.stop();
    }
  }, 30_000);
});

describe('the per-user limit on open streams', () => {
  it('refuses a stream past it with E_RATE_LIMITED, which is not retried', async () => {
    const open = [subscribe(liveClient(capped.url, user.token)), subscribe(liveClient(capped.url, user.token))];
    // A stream has taken its place once an event reaches it: write until both have one.
    for (let i = 0; i < 100 && !open.every((subscription) => subscription.received.length > 0); i++) {
      await makeTicket(capped, cappedAdmin, 'CAP');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(open.map((subscription) => subscription.received.length > 0)).toEqual([true, true]);
    const third = subscribe(liveClient(capped.url, user.token));
    try {
      await until(() => third.errors.length > 0, 'the refusal');
      expect(errorCodeOf(third.errors[0])).toBe('E_RATE_LIMITED');
      expect(open.map((subscription) => subscription.errors)).toEqual([[], []]);
    } finally {
      for (const subscription of [...open, third]) subscription.stop();
    }
  });
});
