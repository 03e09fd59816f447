import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

interface Ticket {
  key: string;
  version: number;
  title: string;
  status: string;
  priority: string;
  labels: string[];
  assignees: { id: string; name: string }[];
}

let admin: string;
let outsider: string;
let memberId: string;

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const errorOf = (body: unknown) => body as { error: string; message: string; details: Record<string, unknown> };

beforeAll(async () => {
  admin = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const create = (email: string) =>
    server.request('/api/v1/users', {
      method: 'POST',
      token: admin,
      json: { email, name: email, password: 'password-123' },
    });
  memberId = (await json<{ id: string }>(await create('member@rest.example'))).id;
  await json(await create('outsider@rest.example'));
  outsider = await server.login('outsider@rest.example', 'password-123');
  await json(
    await server.request('/api/v1/projects', { method: 'POST', token: admin, json: { key: 'web', name: 'Web' } }),
  );
  await json(
    await server.request('/api/v1/projects/WEB/members', {
      method: 'POST',
      token: admin,
      json: { userId: memberId, role: 'member' },
    }),
  );
});

const createTicket = async (json_: Record<string, unknown>) =>
  json<Ticket>(
    await server.request('/api/v1/tickets', { method: 'POST', token: admin, json: { projectKey: 'WEB', ...json_ } }),
  );

describe('tickets over REST', () => {
  it('creates, reads by key and edits with the version guard', async () => {
    const ticket = await createTicket({ title: 'Login button', labels: ['ui', 'ui'], assigneeIds: [memberId] });
    expect(ticket).toMatchObject({ key: 'WEB-1', version: 1, labels: ['ui'], assignees: [{ id: memberId }] });
    expect(await json<Ticket>(await server.request('/api/v1/tickets/web-1', { token: admin }))).toMatchObject({
      key: 'WEB-1',
    });

    const edited = await json<Ticket>(
      await server.request('/api/v1/tickets/WEB-1', {
        method: 'PATCH',
        token: admin,
        json: { version: 1, priority: 'high' },
      }),
    );
    expect(edited).toMatchObject({ priority: 'high', version: 2 });

    const stale = errorOf(
      await json(
        await server.request('/api/v1/tickets/WEB-1', {
          method: 'PATCH',
          token: admin,
          json: { version: 1, title: 'Lost' },
        }),
        409,
      ),
    );
    expect(stale).toMatchObject({ error: 'E_CONFLICT', details: { currentVersion: 2, changedFields: ['priority'] } });
    expect((await json<Ticket>(await server.request('/api/v1/tickets/WEB-1', { token: admin }))).title).toBe(
      'Login button',
    );
  });

  it('answers bad input with the field that is wrong', async () => {
    const long = errorOf(
      await json(
        await server.request('/api/v1/tickets', {
          method: 'POST',
          token: admin,
          json: { projectKey: 'WEB', title: 'x'.repeat(201) },
        }),
        400,
      ),
    );
    expect(long.error).toBe('E_VALIDATION');
    expect(long.details.fields).toHaveProperty('title');

    const badKey = errorOf(await json(await server.request('/api/v1/tickets/not-a-key', { token: admin }), 400));
    expect(badKey.details.fields).toHaveProperty('key');

    const unknownProject = errorOf(
      await json(
        await server.request('/api/v1/tickets', {
          method: 'POST',
          token: admin,
          json: { projectKey: 'NOPE', title: 'x' },
        }),
        404,
      ),
    );
    expect(unknownProject.error).toBe('E_NOT_FOUND');

    const badProjectKey = errorOf(
      await json(
        await server.request('/api/v1/projects', { method: 'POST', token: admin, json: { key: 'a-b', name: 'x' } }),
        400,
      ),
    );
    expect(badProjectKey.details.fields).toHaveProperty('key');

    const unknownAssignee = errorOf(
      await json(
        await server.request('/api/v1/tickets', {
          method: 'POST',
          token: admin,
          json: { projectKey: 'WEB', title: 'x', assigneeIds: ['00000000-0000-4000-8000-000000000000'] },
        }),
        400,
      ),
    );
    expect(unknownAssignee.details.fields).toHaveProperty('assigneeIds');
  });

  it("hides another project's tickets from an outsider as NOT_FOUND", async () => {
    await createTicket({ title: 'Secret' });
    const response = await server.request('/api/v1/tickets/WEB-1', { token: outsider });
    expect(errorOf(await json(response, 404)).error).toBe('E_NOT_FOUND');
    const list = await json<{ items: Ticket[] }>(
      await server.request('/api/v1/tickets?projectKeys=WEB', { token: outsider }),
    );
    expect(list.items).toEqual([]);
  });

  it('filters with comma-separated values, searches and counts', async () => {
    await createTicket({ title: 'Checkout crashes on submit', priority: 'critical' });
    await createTicket({ title: 'Footer colour', priority: 'low' });
    const page = await json<{ items: Ticket[]; total: number }>(
      await server.request(
        '/api/v1/tickets?projectKeys=WEB&priority=critical,low&includeTotal=true&sort=priority&order=desc',
        {
          token: admin,
        },
      ),
    );
    expect(page.items.map((t) => t.priority)).toEqual(['critical', 'low']);
    expect(page.total).toBe(2);
    const search = await json<{ items: Ticket[] }>(
      await server.request('/api/v1/tickets?q=checkout%20cras', { token: admin }),
    );
    expect(search.items.map((t) => t.title)).toEqual(['Checkout crashes on submit']);
  });

  it('applies a bulk update all or nothing', async () => {
    const a = await createTicket({ title: 'Bulk A' });
    const b = await createTicket({ title: 'Bulk B' });
    const refused = errorOf(
      await json(
        await server.request('/api/v1/tickets/bulk', {
          method: 'POST',
          token: admin,
          json: {
            tickets: [
              { key: a.key, version: a.version },
              { key: b.key, version: b.version + 5 },
            ],
            changes: { status: 'in_progress' },
          },
        }),
        422,
      ),
    );
    expect(refused.error).toBe('E_BULK_REJECTED');
    expect(refused.details.failures).toEqual([expect.objectContaining({ key: b.key, error: 'E_CONFLICT' })]);
    expect((await json<Ticket>(await server.request(`/api/v1/tickets/${a.key}`, { token: admin }))).status).toBe(
      'open',
    );

    const done = await json<{ tickets: Ticket[] }>(
      await server.request('/api/v1/tickets/bulk', {
        method: 'POST',
        token: admin,
        json: {
          tickets: [
            { key: a.key, version: a.version },
            { key: b.key, version: b.version },
          ],
          changes: { status: 'in_progress' },
        },
      }),
    );
    expect(done.tickets.map((t) => [t.key, t.status])).toEqual([
      [a.key, 'in_progress'],
      [b.key, 'in_progress'],
    ]);
  });

  it('comments, soft-deletes and restores', async () => {
    const ticket = await createTicket({ title: 'To delete' });
    const comment = await json<{ id: string; body: string }>(
      await server.request(`/api/v1/tickets/${ticket.key}/comments`, {
        method: 'POST',
        token: admin,
        json: { body: 'Looking' },
      }),
    );
    expect(comment.body).toBe('Looking');
    const comments = await json<{ items: { id: string }[] }>(
      await server.request(`/api/v1/tickets/${ticket.key}/comments`, { token: admin }),
    );
    expect(comments.items.map((c) => c.id)).toEqual([comment.id]);

    await json(await server.request(`/api/v1/tickets/${ticket.key}`, { method: 'DELETE', token: admin }));
    await json(await server.request(`/api/v1/tickets/${ticket.key}`, { token: admin }), 404);
    await json(await server.request(`/api/v1/tickets/${ticket.key}/restore`, { method: 'POST', token: admin }));
    await json(await server.request(`/api/v1/tickets/${ticket.key}`, { token: admin }));
  });
});
