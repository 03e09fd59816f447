import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ISO_DATE } from './support/http.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

// The real server, its background consumers included: writes go through the API, the inbox
// consumer (woken by the commit's NOTIFY) turns them into notifications.
const server = await startTestServer();
afterAll(() => server.close());

interface NotificationJson {
  id: number;
  reason: string;
  read: boolean;
  createdAt: string;
  ticket: { id: string; key: string; title: string } | null;
  event: {
    id: number;
    type: string;
    createdAt: string;
    actor: { kind: string; user: { id: string; name: string } | null };
    data: Record<string, unknown>;
  };
}
interface PageJson {
  items: NotificationJson[];
  nextCursor: string | null;
}

const WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

let admin: string;
let ann: string;
let bob: string;
let annId: string;
let bobId: string;

const get = <T>(path: string, token: string) => server.request(path, { token }).then((r) => json<T>(r));
const post = <T>(path: string, token: string, body: unknown) =>
  server.request(path, { method: 'POST', token, json: body }).then((r) => json<T>(r));

/** Ann's unread notifications, once there are at least `count` (the consumer runs beside the API). */
async function annsUnread(count: number): Promise<NotificationJson[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const page = await get<PageJson>('/api/v1/notifications?unread=true', ann);
    if (page.items.length >= count || Date.now() > deadline) return page.items;
    await sleep(50);
  }
}

beforeAll(async () => {
  admin = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const user = (email: string, name: string) =>
    post<{ id: string }>('/api/v1/users', admin, { email, name, password: 'password-123' });
  annId = (await user('ann.lee@inbox.example', 'Ann Lee')).id;
  bobId = (await user('bob@inbox.example', 'Bob Brown')).id;
  await post('/api/v1/projects', admin, { key: 'INB', name: 'Inbox' });
  for (const userId of [annId, bobId]) {
    await post('/api/v1/projects/INB/members', admin, { userId, role: 'member' });
  }
  ann = await server.login('ann.lee@inbox.example', 'password-123');
  bob = await server.login('bob@inbox.example', 'password-123');
});

describe('the inbox over REST and tRPC', () => {
  it('notifies, counts and marks read, end to end', async () => {
    const ticket = await post<{ key: string; version: number }>('/api/v1/tickets', ann, {
      projectKey: 'INB',
      title: 'Printer on fire',
    });
    await post(`/api/v1/tickets/${ticket.key}/comments`, bob, { body: 'On it, @ann.lee' });
    await post(`/api/v1/tickets/${ticket.key}/transition`, bob, { version: ticket.version, status: 'in_progress' });

    const items = await annsUnread(2);
    expect(items.map((item) => [item.reason, item.event.type, item.ticket?.key, item.event.actor.user?.name])).toEqual([
      ['status', 'ticket.transitioned', ticket.key, 'Bob Brown'],
      ['mentioned', 'comment.added', ticket.key, 'Bob Brown'],
    ]);
    expect(items[1]).toMatchObject({ read: false, event: { data: { body: 'On it, @ann.lee' } } });
    expect(items[0]?.createdAt).toMatch(ISO_DATE);
    // Bob caused both: nothing for him.
    expect((await get<PageJson>('/api/v1/notifications', bob)).items).toEqual([]);

    expect(await get('/api/v1/notifications/unread-count', ann)).toEqual({ unread: 2 });
    // tRPC: the same procedures, dates as Dates.
    const trpc = server.client(ann);
    expect(await trpc.notifications.unreadCount.query()).toEqual({ unread: 2 });
    const [first] = (await trpc.notifications.list.query({ limit: 1 })).items;
    expect(first?.createdAt).toBeInstanceOf(Date);

    const [newest, older] = items;
    expect(await post('/api/v1/notifications/read', ann, { ids: [newest?.id] })).toEqual({ unread: 1 });
    expect((await annsUnread(1)).map((item) => item.id)).toEqual([older?.id]);
    // Someone else's ids change nothing for their owner.
    expect(await post('/api/v1/notifications/read', bob, { ids: [older?.id] })).toEqual({ unread: 0 });
    expect(await get('/api/v1/notifications/unread-count', ann)).toEqual({ unread: 1 });
    expect(await trpc.notifications.markRead.mutate({ all: true })).toEqual({ unread: 0 });

    const page = await get<PageJson>('/api/v1/notifications?limit=1', ann);
    expect(page.items.map((item) => [item.id, item.read])).toEqual([[newest?.id, true]]);
    const next = await get<PageJson>(`/api/v1/notifications?limit=1&cursor=${page.nextCursor}`, ann);
    expect(next.items.map((item) => item.id)).toEqual([older?.id]);
  });

  it('answers bad input with the standard error shape', async () => {
    const markRead = (body: unknown) =>
      server.request('/api/v1/notifications/read', { method: 'POST', token: ann, json: body });
    const cases: [unknown, string][] = [
      [{ ids: ['a0c4b1de-0000-4000-8000-000000000000'] }, 'ids.0'],
      [{ ids: [1.5] }, 'ids.0'],
      [{ ids: Array.from({ length: 101 }, (_, i) => i + 1) }, 'ids'],
      [{ ids: [] }, 'ids'],
      [{}, 'ids'],
      [{ ids: [1], all: true }, 'ids'],
      [{ all: false }, 'all'],
    ];
    for (const [body, field] of cases) {
      const error = await expectError(await markRead(body), 400, 'E_VALIDATION');
      expect(Object.keys(error.details.fields as Record<string, string[]>)).toContain(field);
    }
    for (const query of ['limit=0', 'limit=101', 'cursor=%21%21', 'unread=maybe']) {
      await expectError(await server.request(`/api/v1/notifications?${query}`, { token: ann }), 400, 'E_VALIDATION');
    }
    await expectError(await server.request('/api/v1/notifications'), 401, 'E_UNAUTHENTICATED');
    await expectError(await server.request('/api/v1/notifications/unread-count'), 401, 'E_UNAUTHENTICATED');
  });

  it('publishes the three operations in the OpenAPI document', async () => {
    const document = await get<{ paths: Record<string, Record<string, unknown>> }>('/api/v1/openapi.json', ann);
    expect(Object.keys(document.paths['/notifications'] ?? {})).toContain('get');
    expect(Object.keys(document.paths['/notifications/read'] ?? {})).toContain('post');
    expect(Object.keys(document.paths['/notifications/unread-count'] ?? {})).toContain('get');
  });
});
