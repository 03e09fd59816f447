import { EventSource } from 'eventsource';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createSignedInUser, expectError, expectJson, ISO_DATE } from './support/http.ts';
import {
  type LiveEvent,
  makeProject,
  makeTicket,
  openRawStream,
  positionOf,
  startLiveServer,
  until,
} from './support/live.ts';

// GET /api/v1/events/stream: the live feed as plain server-sent events, for tools that are not tRPC.
// Requests must arrive within a second here: a stream is a response, and must outlive that.
const APP = 'https://app.example.com';
const server = await startLiveServer({
  HTTP_HEADERS_TIMEOUT_MS: '1000',
  HTTP_REQUEST_TIMEOUT_MS: '1000',
  CORS_ORIGINS: APP,
});
// Heartbeats five times a second, streams that last a second and a half, one per user.
const short = await startLiveServer({}, { heartbeatMs: 200, maxDurationMs: 1_500, streamsPerUser: 1 });
const limited = await startLiveServer({ RATE_LIMIT_PER_MINUTE: '3' });
afterAll(() => Promise.all([server.close(), short.close(), limited.close()]));

const admin = await adminLogin(server);
const reader = await createSignedInUser(server, admin);
await makeProject(server, admin, 'SSE', [reader.user.id]);
await makeProject(server, admin, 'HID');

const stream = (options: Parameters<typeof openRawStream>[1]) => openRawStream(server.url, options);

describe('the feed and the audit log, given bad input', () => {
  it('answer 400 E_VALIDATION naming each bad field, and the audit log is for admins only', async () => {
    const fieldsOf = async (path: string, token: string) =>
      Object.keys(
        (
          (await expectError(await server.request(path, { token }), 400, 'E_VALIDATION')).details as {
            fields: object;
          }
        ).fields,
      ).sort();
    expect(await fieldsOf('/api/v1/events?after=abc&types=ticket.nope&limit=0', reader.token)).toEqual([
      'after',
      'limit',
      'types.0',
    ]);
    expect(await fieldsOf('/api/v1/events?after=-1&projectKeys=9-lives', reader.token)).toEqual([
      'after',
      'projectKeys.0',
    ]);
    expect(await fieldsOf('/api/v1/admin/audit?after=1.5&actor=not-a-user&types=user.exploded', admin)).toEqual([
      'actor',
      'after',
      'types.0',
    ]);
    await expectError(await server.request('/api/v1/admin/audit', { token: reader.token }), 403, 'E_FORBIDDEN');
  });
});

describe('GET /api/v1/events/stream before it begins', () => {
  it('answers anonymous and unknown credentials 401 in the standard error shape', async () => {
    await expectError(await server.request('/api/v1/events/stream'), 401, 'E_UNAUTHENTICATED');
    await expectError(await server.request('/api/v1/events/stream', { token: 'tkt_nope' }), 401, 'E_UNAUTHENTICATED');
  });

  it('answers bad filters and a bad Last-Event-ID 400 E_VALIDATION naming the fields', async () => {
    const body = await expectError(
      await server.request('/api/v1/events/stream?projectKeys=9-lives&types=ticket.nope', {
        token: reader.token,
        headers: { 'last-event-id': 'yesterday' },
      }),
      400,
      'E_VALIDATION',
    );
    expect(Object.keys((body.details as { fields: object }).fields).sort()).toEqual([
      'lastEventId',
      'projectKeys.0',
      'types.0',
    ]);
    await expectError(
      await server.request('/api/v1/events/stream?constructor=1', { token: reader.token }),
      400,
      'E_VALIDATION',
    );
  });

  it('leaves other methods to the REST API, which answers 405 with Allow: GET, as its route table says', async () => {
    const response = await server.request('/api/v1/events/stream', { method: 'POST', token: reader.token, json: {} });
    await expectError(response, 405, 'E_METHOD_NOT_ALLOWED');
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('lets a browser app of an allowed origin resume with Last-Event-ID (CORS preflight)', async () => {
    const response = await server.request('/api/v1/events/stream', {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, last-event-id',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-headers')?.split(', ')).toEqual(
      expect.arrayContaining(['authorization', 'last-event-id']),
    );
  });

  it('is in the served OpenAPI document, with events.list’s filters and a text/event-stream answer', async () => {
    const document = await expectJson<{
      paths: Record<string, { get?: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
    }>(await server.request('/api/v1/openapi.json'));
    const operation = document.paths['/events/stream']?.get;
    const list = document.paths['/events']?.get;
    expect(operation?.responses['200']).toMatchObject({ content: { 'text/event-stream': {} } });
    const named = (name: string) => (parameter: { name: string }) => parameter.name === name;
    for (const name of ['projectKeys', 'types']) {
      expect(operation?.parameters.find(named(name))).toEqual(list?.parameters.find(named(name)));
    }
    expect(operation?.parameters.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['lastEventId', 'Last-Event-ID']),
    );
  });
});

describe('GET /api/v1/events/stream', () => {
  it('streams the caller’s events as they commit: an id per event, its JSON as data, nothing else’s', async () => {
    const open = await stream({ token: reader.token });
    try {
      expect(open.response.status).toBe(200);
      expect(open.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(open.response.headers.get('ratelimit-limit')).not.toBeNull();
      await open.receives((message) => message.comment === 'connected', 'the opening comment');
      // Tickets until one arrives: the stream (which starts now) is surely listening then.
      let key = '';
      for (let i = 0; i < 50 && open.events().length === 0; i++) {
        await makeTicket(server, admin, 'HID');
        key = await makeTicket(server, admin, 'SSE');
      }
      await open.receives((message) => message.data?.includes(key) ?? false, 'the ticket');
      const messages = open.messages.filter((message) => message.data !== undefined);
      for (const message of messages) {
        const event = JSON.parse(message.data ?? '') as LiveEvent;
        expect(message.id).toBe(String(event.id));
        expect(event.project?.key).toBe('SSE');
        expect(event.createdAt).toMatch(ISO_DATE);
      }
    } finally {
      open.close();
    }
  });

  it('resumes after Last-Event-ID (or lastEventId; the header wins): every missed event, then live ones', async () => {
    const start = await positionOf(server, admin);
    const missed = [await makeTicket(server, admin, 'SSE'), await makeTicket(server, admin, 'SSE')];
    const byHeader = await stream({ token: reader.token, headers: { 'last-event-id': String(start) } });
    const byQuery = await stream({ token: reader.token, query: `?lastEventId=${start}` });
    const both = await stream({
      token: reader.token,
      query: '?lastEventId=0',
      headers: { 'last-event-id': String(start) },
    });
    try {
      const live = await makeTicket(server, admin, 'SSE');
      for (const open of [byHeader, byQuery, both]) {
        await open.receives((message) => message.data?.includes(live) ?? false, 'the live ticket');
        expect(open.events().map((event) => event.ticket?.key)).toEqual([...missed, live]);
      }
    } finally {
      for (const open of [byHeader, byQuery, both]) open.close();
    }
  });

  it('goes on past HTTP_REQUEST_TIMEOUT_MS: that bounds receiving a request, not a stream', async () => {
    const open = await stream({ token: reader.token, query: `?lastEventId=${await positionOf(server, admin)}` });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const key = await makeTicket(server, admin, 'SSE');
      await open.receives((message) => message.data?.includes(key) ?? false, 'a ticket after the request timeout');
      expect(open.hasEnded()).toBe(false);
    } finally {
      open.close();
    }
  });

  it('ends when the API token it was opened with is revoked; reconnecting is then refused', async () => {
    const created = await expectJson<{ id: string; token: string }>(
      await server.request('/api/v1/auth/tokens', {
        method: 'POST',
        token: reader.token,
        json: { name: 'stream', scopes: ['read'] },
      }),
    );
    const open = await stream({ token: created.token });
    await open.receives((message) => message.comment === 'connected', 'the opening comment');
    const revoked = await server.request(`/api/v1/auth/tokens/${created.id}`, {
      method: 'DELETE',
      token: reader.token,
    });
    expect(revoked.status).toBe(200);
    await until(() => open.hasEnded(), 'the stream to end');
    await expectError(
      await server.request('/api/v1/events/stream', { token: created.token }),
      401,
      'E_UNAUTHENTICATED',
    );
  });
});

// On the short server each test streams as a user of its own: one stream each is the limit there.
const shortAdmin = await adminLogin(short);
const [heartbeatUser, cappedUser] = [
  await createSignedInUser(short, shortAdmin),
  await createSignedInUser(short, shortAdmin),
];

describe('GET /api/v1/events/stream over time', () => {
  it('sends a heartbeat comment when nothing happens', async () => {
    const open = await openRawStream(short.url, { token: heartbeatUser.token });
    try {
      await open.receives((message) => message.comment === 'heartbeat', 'a heartbeat');
    } finally {
      open.close();
    }
  });

  it('ends after maxDurationMs, and an EventSource reconnects with Last-Event-ID and misses nothing', async () => {
    const token = shortAdmin;
    await makeProject(short, token, 'RES');
    const start = await positionOf(short, token);
    const received: LiveEvent[] = [];
    let reconnections = 0;
    const source = new EventSource(`${short.url}/api/v1/events/stream?projectKeys=RES&lastEventId=${start}`, {
      fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }),
    });
    source.addEventListener('message', (message) => received.push(JSON.parse(message.data) as LiveEvent));
    source.addEventListener('error', () => reconnections++);
    const written: string[] = [];
    try {
      // Writes across stream lifetimes, also while the client is away between two.
      while (reconnections < 2 && written.length < 200) {
        written.push(await makeTicket(short, token, 'RES'));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(reconnections).toBeGreaterThanOrEqual(2);
      const last = written.at(-1);
      await until(() => received.some((event) => event.ticket?.key === last), 'the last ticket');
      expect(received.map((event) => event.ticket?.key)).toEqual(written);
    } finally {
      source.close();
    }
  }, 30_000);

  it('refuses a stream past the per-user limit with 429 E_RATE_LIMITED', async () => {
    const { token } = cappedUser;
    const open = await openRawStream(short.url, { token });
    try {
      await open.receives((message) => message.comment === 'connected', 'the first stream');
      await expectError(await short.request('/api/v1/events/stream', { token }), 429, 'E_RATE_LIMITED');
    } finally {
      open.close();
    }
  });

  it('counts opening a stream against the rate limit', async () => {
    const limitedAdmin = await adminLogin(limited);
    const { token } = await createSignedInUser(limited, limitedAdmin);
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await openRawStream(limited.url, { token }));
    try {
      expect(opened.map((open) => open.response.status)).toEqual([200, 200, 200]);
      const refused = await limited.request('/api/v1/events/stream', { token });
      expect(refused.headers.get('retry-after')).not.toBeNull();
      await expectError(refused, 429, 'E_RATE_LIMITED');
    } finally {
      for (const open of opened) open.close();
    }
  });
});
