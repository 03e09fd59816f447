import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

interface Ticket {
  key: string;
  status: string;
  version: number;
  closedAt: string | null;
}

/** The FastAPI prototype's own scenario, over REST. */
describe('the prototype scenario', () => {
  it('logs in, creates a project and tickets, walks the lifecycle and reads the history', async () => {
    const token = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const post = (path: string, json: unknown) => server.request(path, { method: 'POST', token, json });

    const project = await post('/api/v1/projects', { key: 'OPS', name: 'Operations' });
    expect(project.status).toBe(200);
    expect(await project.json()).toMatchObject({ key: 'OPS', myRole: 'lead' });

    // The default project TSK numbers its tickets from 1001, as the prototype did.
    const first = (await (
      await post('/api/v1/tickets', { projectKey: 'TSK', title: 'Printer on fire' })
    ).json()) as Ticket;
    const second = (await (
      await post('/api/v1/tickets', { projectKey: 'TSK', title: 'Coffee machine' })
    ).json()) as Ticket;
    expect([first.key, second.key]).toEqual(['TSK-1001', 'TSK-1002']);
    const ops = (await (await post('/api/v1/tickets', { projectKey: 'OPS', title: 'Rotate keys' })).json()) as Ticket;
    expect(ops.key).toBe('OPS-1');

    let ticket = first;
    for (const status of ['in_progress', 'blocked', 'in_progress', 'closed']) {
      const response = await post(`/api/v1/tickets/${ticket.key}/transition`, { version: ticket.version, status });
      expect(response.status).toBe(200);
      ticket = (await response.json()) as Ticket;
      expect(ticket.status).toBe(status);
    }
    expect(ticket.closedAt).not.toBeNull();

    const history = await server.request(`/api/v1/tickets/${ticket.key}/history`, { token });
    const entries = (await history.json()) as {
      action: string;
      oldValue: unknown;
      newValue: unknown;
      actor: { name: string };
    }[];
    expect(entries.map((entry) => [entry.action, entry.oldValue, entry.newValue])).toEqual([
      ['created', null, { title: 'Printer on fire' }],
      ['transitioned', 'open', 'in_progress'],
      ['transitioned', 'in_progress', 'blocked'],
      ['transitioned', 'blocked', 'in_progress'],
      ['transitioned', 'in_progress', 'closed'],
    ]);
    expect(entries.every((entry) => entry.actor.name === 'Administrator')).toBe(true);

    const invalid = await post(`/api/v1/tickets/${ticket.key}/transition`, {
      version: ticket.version,
      status: 'blocked',
    });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      error: 'E_INVALID_TRANSITION',
      message: 'A ticket cannot move from closed to blocked',
      details: { from: 'closed', to: 'blocked', allowed: ['open', 'in_progress'] },
    });
  });
});
