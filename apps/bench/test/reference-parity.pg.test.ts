// The bench's reference server against the real one, on one PostgreSQL database: the same requests
// get the same status and body (created and changed tickets modulo their identity and times), and
// writes leave the same kinds and counts of rows (events, history, watchers) and send the NOTIFY.
import type { Actor } from '@ticketing/core/actor';
import { createApiToken } from '@ticketing/core/auth/api-tokens';
import type { Deps } from '@ticketing/core/deps';
import { putSlaPolicy } from '@ticketing/core/sla/put-sla-policy';
import { makeActor, makeProject, makeTicket } from '@ticketing/core/testing/factories';
import { createDb, type DbConnection } from '@ticketing/db/client';
import { createServerDatabase, type ServerDatabase } from '@ticketing/db/testing/database';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReferenceProcess, startReferenceServer } from '../src/reference/start-reference.ts';
import { type RealServer, startRealServer } from './support/real-server.ts';

// Enforced, high enough never to trip here: both servers count and report it.
const RATE_LIMIT = { RATE_LIMIT_PER_MINUTE: '100000' };

let database: ServerDatabase;
let connection: DbConnection;
let sql: postgres.Sql;
let real: RealServer;
let reference: ReferenceProcess;
let deps: Deps;
let lead: Actor;
let memberToken: string;
let readOnlyToken: string;
let adminToken: string;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  rateLimit: string | null;
}

async function ask(base: string, path: string, init: { token?: string; json?: unknown } = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: init.json === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  // A 500 says nothing of its cause: the reference server's output does.
  if (response.status === 500 && base === reference.url)
    throw new Error(`reference server: 500\n${reference.output()}`);
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    rateLimit: response.headers.get('ratelimit-limit'),
  };
}

/** The same request to both servers: [real, reference]. */
const both = (path: string, init: { token?: string; json?: unknown } = {}) =>
  Promise.all([ask(real.url, path, init), ask(reference.url, path, init)]);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A ticket without what differs between two tickets written the same way: id, key and number go;
 * every instant becomes "updatedAt" when it is the ticket's last update, else its distance from its
 * creation (so SLA due times compare by their targets).
 */
function comparable(ticket: Record<string, unknown>): unknown {
  const { id: _id, key: _key, number: _number, ...rest } = ticket;
  const created = Date.parse(String(ticket.createdAt));
  return JSON.parse(JSON.stringify(rest), (_name, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value)
      ? value === ticket.updatedAt
        ? 'updatedAt'
        : `createdAt+${Date.parse(value) - created}ms`
      : value,
  );
}

/** What a write left about a ticket: its events, history entries and watchers, without its key. */
async function writtenRows(ticketId: string) {
  const events = await sql`select type, project_id, actor_kind, actor_id, actor, data - 'key' as data
    from events where ticket_id = ${ticketId} order by id`;
  const history = await sql`select action, field, old_value, new_value, version, actor_id, actor_kind
    from ticket_history where ticket_id = ${ticketId} order by id`;
  const watchers = await sql`select user_id from ticket_watchers where ticket_id = ${ticketId} order by user_id`;
  return { events: [...events], history: [...history], watchers: [...watchers] };
}

beforeAll(async () => {
  database = await createServerDatabase({ migrated: true });
  connection = await createDb({ databaseUrl: database.url });
  sql = postgres(database.url, { max: 2, onnotice: () => {} });
  deps = { db: connection.db, config: { allowRegistration: false } };

  const manager = await makeActor(connection.db, { role: 'manager' });
  lead = manager.actor;
  const member = await makeActor(connection.db, { role: 'user' });
  const admin = await makeActor(connection.db, { role: 'admin' });
  await makeProject(deps, lead, { key: 'PAR', members: [{ userId: member.user.id, role: 'member' }] });
  await makeProject(deps, lead, { key: 'OTHER' });
  // A policy, so creates and transitions compute SLA clocks from it.
  await putSlaPolicy(deps, lead, {
    projectKey: 'PAR',
    policy: {
      targets: { medium: { firstResponseMinutes: 60, resolutionMinutes: 480 }, high: { firstResponseMinutes: 30 } },
    },
  });
  for (let i = 0; i < 3; i += 1) await makeTicket(deps, lead, 'PAR', { title: `Listed ${i}` });
  await makeTicket(deps, lead, 'OTHER', { title: 'Not for members of PAR' });
  const token = async (actor: Actor, scopes: ('read' | 'write')[]) =>
    (await createApiToken(deps, actor, { name: `parity ${scopes.join(' ')}`, scopes })).token;
  memberToken = await token(member.actor, ['read', 'write']);
  readOnlyToken = await token(member.actor, ['read']);
  adminToken = await token(admin.actor, ['read', 'write']);

  [real, reference] = await Promise.all([
    startRealServer(database.url, RATE_LIMIT),
    startReferenceServer(database.url, 0, RATE_LIMIT),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([real?.stop(), reference?.stop()]);
  await sql?.end();
  await connection?.close();
  await database?.drop();
});

describe('the reference server answers as the real one', () => {
  it('reads a ticket, for a member and for an admin', async () => {
    const [ours, theirs] = await both('/api/v1/tickets/PAR-1', { token: memberToken });
    expect(ours.status).toBe(200);
    expect(theirs).toEqual(ours);
    expect(ours.rateLimit).toBe('100000');
    const [adminOurs, adminTheirs] = await both('/api/v1/tickets/other-1', { token: adminToken });
    expect(adminOurs.status).toBe(200);
    expect(adminTheirs).toEqual(adminOurs);
  });

  it('answers 404 for a ticket of a project the actor is no member of, and a ticket that does not exist', async () => {
    for (const key of ['OTHER-1', 'PAR-999']) {
      const [ours, theirs] = await both(`/api/v1/tickets/${key}`, { token: memberToken });
      expect(ours.status).toBe(404);
      expect(theirs).toEqual(ours);
    }
  });

  it('answers 401 for a bad token and for none', async () => {
    for (const token of ['tkt_not-a-token', undefined]) {
      const [ours, theirs] = await both('/api/v1/tickets/PAR-1', token ? { token } : {});
      expect(ours.status).toBe(401);
      expect(theirs.status).toBe(401);
      expect(theirs.body).toEqual(ours.body);
    }
  });

  it('lists open tickets page by page with the same cursors, and nothing of a project it cannot read', async () => {
    const path = '/api/v1/tickets?projectKeys=PAR&status=open&sort=updated&limit=2';
    const [first, firstTheirs] = await both(path, { token: memberToken });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(firstTheirs).toEqual(first);
    const cursor = encodeURIComponent(String(first.body.nextCursor));
    const [second, secondTheirs] = await both(`${path}&cursor=${cursor}`, { token: memberToken });
    expect(second.body.items).toHaveLength(1);
    expect(secondTheirs).toEqual(second);
    const [hidden, hiddenTheirs] = await both('/api/v1/tickets?projectKeys=OTHER&status=open&limit=50', {
      token: memberToken,
    });
    expect(hidden.body).toEqual({ items: [], nextCursor: null });
    expect(hiddenTheirs).toEqual(hidden);
  });

  it('creates with the next number, the same ticket, events, history, watcher and a NOTIFY', async () => {
    const input = { projectKey: 'PAR', title: 'Created twice', description: 'Same input', priority: 'high' };
    const ours = await ask(real.url, '/api/v1/tickets', { token: memberToken, json: input });
    const notified: string[] = [];
    const listening = await sql.listen('ticketing_events', (payload) => notified.push(payload));
    const theirs = await ask(reference.url, '/api/v1/tickets', { token: memberToken, json: input });
    expect(ours.status).toBe(200);
    expect(theirs.status).toBe(200);
    expect(theirs.body.number).toBe(Number(ours.body.number) + 1);
    expect(theirs.body.key).toBe(`PAR-${theirs.body.number}`);
    expect(comparable(theirs.body)).toEqual(comparable(ours.body));
    // The policy's high target: both read it.
    expect(comparable(theirs.body)).toMatchObject({ sla: { firstResponseDueAt: 'createdAt+1800000ms' } });
    const rows = await writtenRows(String(theirs.body.id));
    expect(rows).toEqual(await writtenRows(String(ours.body.id)));
    expect(rows.events.map((event) => event.type)).toEqual(['ticket.created']);
    expect(rows.history.map((entry) => entry.action)).toEqual(['created']);
    expect(rows.watchers).toHaveLength(1);
    // Sent on commit: it has arrived once the committed row is readable and one round trip more.
    await sql`select 1`;
    expect(notified.length).toBeGreaterThan(0);
    await listening.unlisten();
  });

  it('refuses a create in a project the actor cannot read (404) and with a read-only token (403)', async () => {
    const [hidden, hiddenTheirs] = await both('/api/v1/tickets', {
      token: memberToken,
      json: { projectKey: 'OTHER', title: 'Nope' },
    });
    expect(hidden.status).toBe(404);
    expect(hiddenTheirs).toEqual(hidden);
    const [readOnly, readOnlyTheirs] = await both('/api/v1/tickets', {
      token: readOnlyToken,
      json: { projectKey: 'PAR', title: 'Nope' },
    });
    expect(readOnly.status).toBe(403);
    expect(readOnlyTheirs).toEqual(readOnly);
  });

  it('transitions with the version guard: the same ticket, rows, 409 on a stale version, 422 off the table', async () => {
    const mine = await makeTicket(deps, lead, 'PAR', { title: 'Moved' });
    const other = await makeTicket(deps, lead, 'PAR', { title: 'Moved' });
    const move = { version: 1, status: 'in_progress' };
    const ours = await ask(real.url, `/api/v1/tickets/${mine.key}/transition`, { token: memberToken, json: move });
    const theirs = await ask(reference.url, `/api/v1/tickets/${other.key}/transition`, {
      token: memberToken,
      json: move,
    });
    expect(ours.status).toBe(200);
    expect(theirs.status).toBe(200);
    expect(theirs.body.version).toBe(2);
    expect(comparable(theirs.body)).toEqual(comparable(ours.body));
    // Leaving open is the first response; the clocks of the medium targets run from creation.
    expect(comparable(theirs.body)).toMatchObject({
      startedAt: 'updatedAt',
      sla: { firstRespondedAt: 'updatedAt', resolutionDueAt: 'createdAt+28800000ms' },
    });
    const rows = await writtenRows(other.id);
    expect(rows).toEqual(await writtenRows(mine.id));
    expect(rows.events.map((event) => event.type)).toEqual(['ticket.created', 'ticket.transitioned']);
    expect(rows.history.map((entry) => entry.action)).toEqual(['created', 'transitioned']);

    const [stale, staleTheirs] = await both(`/api/v1/tickets/${mine.key}/transition`, {
      token: memberToken,
      json: { version: 1, status: 'closed' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('E_CONFLICT');
    expect(staleTheirs).toEqual(stale);

    // To the status it has, and a move the table does not allow (open → blocked): both 422, nothing written.
    const open = await makeTicket(deps, lead, 'PAR');
    for (const status of ['open', 'blocked']) {
      const [refused, refusedTheirs] = await both(`/api/v1/tickets/${open.key}/transition`, {
        token: memberToken,
        json: { version: 1, status },
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toBe('E_INVALID_TRANSITION');
      expect(refusedTheirs).toEqual(refused);
    }
    expect((await writtenRows(open.id)).events).toHaveLength(1);
  });

  it('answers 404 for a transition of a ticket of another project', async () => {
    const [ours, theirs] = await both('/api/v1/tickets/OTHER-1/transition', {
      token: memberToken,
      json: { version: 1, status: 'in_progress' },
    });
    expect(ours.status).toBe(404);
    expect(theirs).toEqual(ours);
  });
});
