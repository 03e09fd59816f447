import { ticketStatuses } from '@ticketing/db/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { makeActor, makeProject, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { bulkUpdateInput, type Ticket } from '../src/tickets/schemas.ts';
import { transitions } from '../src/tickets/transitions.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, forceStatus, historyRowsOf, keysOf, makeTeam, sortedIds } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const { project, lead, member, viewer, outsider } = await makeTeam(deps, { key: 'BLK' });

const three = () => Promise.all([1, 2, 3].map((i) => makeTicket(deps, member.actor, project.key, { title: `B${i}` })));
const refs = (items: readonly Ticket[]) => items.map((t) => ({ key: t.key, version: t.version }));

/** What a bulk update may change, as read back from the database. */
const stateOf = async (ticket: Ticket) => {
  const t = await api.getTicket(member.actor, ticket.key);
  return {
    status: t.status,
    priority: t.priority,
    version: t.version,
    labels: t.labels,
    assignees: t.assignees.map((a) => a.id),
  };
};
const statesOf = (items: readonly Ticket[]) => Promise.all(items.map(stateOf));

describe('bulkUpdateTickets', () => {
  it('changes status, priority, assignees and labels of every ticket, in one go', async () => {
    const items = await three();
    const { tickets } = await api.bulkUpdate(member.actor, {
      tickets: refs(items),
      changes: {
        status: 'in_progress',
        priority: 'critical',
        assigneeIds: [lead.user.id, viewer.user.id],
        labels: ['triaged', 'q3'],
      },
    });
    expect(keysOf(tickets)).toEqual(keysOf(items));
    for (const ticket of tickets) {
      expect(ticket).toMatchObject({
        status: 'in_progress',
        priority: 'critical',
        labels: ['q3', 'triaged'],
        version: 2,
      });
      expect(sortedIds(ticket.assignees.map((a) => a.id))).toEqual(sortedIds([lead.user.id, viewer.user.id]));
      expect(await api.getTicket(viewer.actor, ticket.key)).toEqual(ticket);
      const actions = (await historyRowsOf(db, ticket.id)).map((row) => row.action);
      expect(actions.sort()).toEqual(
        ['created', 'updated', 'transitioned', 'assigned', 'assigned', 'labeled', 'labeled'].sort(),
      );
    }
  });

  it('returns the tickets in the order they were asked for', async () => {
    const items = await three();
    const reversed = [...items].reverse();
    const { tickets } = await api.bulkUpdate(member.actor, { tickets: refs(reversed), changes: { priority: 'low' } });
    expect(keysOf(tickets)).toEqual(keysOf(reversed));
  });

  it('handles 100 tickets', async () => {
    const fresh = await makeProject(deps, lead.actor, { key: 'HUND' });
    const many: Ticket[] = [];
    for (let i = 0; i < 100; i += 1) many.push(await makeTicket(deps, lead.actor, fresh.key, { title: `H${i}` }));
    const { tickets } = await api.bulkUpdate(lead.actor, { tickets: refs(many), changes: { priority: 'high' } });
    expect(tickets).toHaveLength(100);
    const page = await api.listTickets(lead.actor, { projectKeys: fresh.key, priority: 'high', includeTotal: true });
    expect(page.total).toBe(100);
  });

  it('changes nothing at all when one of three versions is stale, naming that ticket', async () => {
    const items = await three();
    const [, stale] = items;
    if (!stale) throw new Error('expected three tickets');
    await api.updateTicket(lead.actor, { key: stale.key, version: stale.version, title: 'Moved on' });
    const before = await statesOf(items);

    const error = await rejectionOf(
      api.bulkUpdate(member.actor, {
        tickets: refs(items),
        changes: { status: 'closed', priority: 'critical', assigneeIds: [member.user.id], labels: ['x'] },
      }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    expect(error.details.failures).toEqual([
      {
        key: stale.key,
        error: 'E_CONFLICT',
        message: expect.any(String),
        details: expect.objectContaining({ currentVersion: 2, yourVersion: 1, changedFields: ['title'] }),
      },
    ]);
    expect(await statesOf(items)).toEqual(before);
    for (const ticket of items) {
      expect((await historyRowsOf(db, ticket.id)).map((row) => row.action)).not.toContain('transitioned');
    }
  });

  it('changes nothing when the status change is not allowed for one ticket', async () => {
    const target = 'closed';
    // A status (other than the target) from which the lifecycle does not allow the target.
    const stuck = ticketStatuses.find(
      (status) => status !== target && !(transitions[status] as readonly string[]).includes(target),
    );
    if (!stuck) throw new Error(`every status may move to ${target}; pick another target`);
    const items = await three();
    const [, , odd] = items;
    if (!odd) throw new Error('expected three tickets');
    await forceStatus(db, odd.id, stuck);
    const before = await statesOf(items);

    const error = await rejectionOf(
      api.bulkUpdate(member.actor, { tickets: refs(items), changes: { status: target, priority: 'high' } }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    expect(error.details.failures).toEqual([
      {
        key: odd.key,
        error: 'E_INVALID_TRANSITION',
        message: expect.any(String),
        details: { from: stuck, to: target, allowed: transitions[stuck] },
      },
    ]);
    expect(await statesOf(items)).toEqual(before);
  });

  it('lists every failing ticket: stale, of another project, unknown', async () => {
    const items = await three();
    const [first, stale] = items;
    if (!first || !stale) throw new Error('expected three tickets');
    await api.updateTicket(member.actor, { key: stale.key, version: 1, priority: 'low' });
    const elsewhere = await makeProject(deps, outsider.actor, { key: 'ELSE' });
    const foreign = await makeTicket(deps, outsider.actor, elsewhere.key);
    const before = await statesOf(items);

    const error = await rejectionOf(
      api.bulkUpdate(member.actor, {
        tickets: [...refs(items), { key: foreign.key, version: 1 }, { key: 'BLK-99999', version: 1 }],
        changes: { priority: 'critical' },
      }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    const failures = error.details.failures as { key: string; error: string }[];
    expect(Object.fromEntries(failures.map((f) => [f.key, f.error]))).toEqual({
      [stale.key]: 'E_CONFLICT',
      [foreign.key]: 'E_NOT_FOUND',
      'BLK-99999': 'E_NOT_FOUND',
    });
    expect(await statesOf(items)).toEqual(before);
    expect((await api.getTicket(outsider.actor, foreign.key)).priority).toBe('medium');
  });

  it('refuses a ticket listed twice', async () => {
    const items = await three();
    const [first] = items;
    if (!first) throw new Error('expected three tickets');
    const error = await rejectionOf(
      api.bulkUpdate(member.actor, {
        tickets: [...refs(items), { key: first.key.toLowerCase(), version: first.version }],
        changes: { priority: 'high' },
      }),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { tickets: [expect.any(String)] } });
    expect((await statesOf(items)).map((s) => s.priority)).toEqual(['medium', 'medium', 'medium']);
  });

  it('refuses a viewer, ticket by ticket, and changes nothing', async () => {
    const items = await three();
    const error = await rejectionOf(
      api.bulkUpdate(viewer.actor, { tickets: refs(items), changes: { priority: 'high' } }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    const failures = error.details.failures as { key: string; error: string }[];
    expect(failures.map((f) => f.error)).toEqual(['E_FORBIDDEN', 'E_FORBIDDEN', 'E_FORBIDDEN']);
    expect(failures.map((f) => f.key).sort()).toEqual(keysOf(items).sort());
    expect((await statesOf(items)).map((s) => s.priority)).toEqual(['medium', 'medium', 'medium']);
  });
});

describe('bulkUpdateInput', () => {
  const ticketRefs = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `BLK-${i + 1}`, version: 1 }));

  it('accepts 1 to 100 tickets and refuses 0 or 101', () => {
    expect(bulkUpdateInput.safeParse({ tickets: ticketRefs(100), changes: { priority: 'low' } }).success).toBe(true);
    expect(bulkUpdateInput.safeParse({ tickets: ticketRefs(1), changes: { priority: 'low' } }).success).toBe(true);
    for (const n of [0, 101]) {
      const parsed = bulkUpdateInput.safeParse({ tickets: ticketRefs(n), changes: { priority: 'low' } });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['tickets']]);
    }
  });

  it('refuses empty changes', () => {
    for (const changes of [{}, { status: undefined, labels: undefined }]) {
      const parsed = bulkUpdateInput.safeParse({ tickets: ticketRefs(1), changes });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['changes']]);
    }
  });

  it('accepts an empty list of labels or assignees as a change (clear them)', async () => {
    expect(bulkUpdateInput.safeParse({ tickets: ticketRefs(1), changes: { labels: [] } }).success).toBe(true);
    const ticket = await makeTicket(deps, member.actor, project.key, { labels: ['a', 'b'] });
    const { tickets } = await api.bulkUpdate(member.actor, {
      tickets: [{ key: ticket.key, version: 1 }],
      changes: { labels: [] },
    });
    expect(tickets[0]?.labels).toEqual([]);
  });
});

// Someone outside every project cannot use bulk to learn which keys exist.
describe('bulk for an outsider', () => {
  it('answers not found for every ticket', async () => {
    const stranger = await makeActor(db);
    const items = await three();
    const error = await rejectionOf(
      api.bulkUpdate(stranger.actor, { tickets: refs(items), changes: { priority: 'high' } }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    const failures = error.details.failures as { error: string }[];
    expect(failures.map((f) => f.error)).toEqual(['E_NOT_FOUND', 'E_NOT_FOUND', 'E_NOT_FOUND']);
  });
});
