import { ticketStatuses, ticketWatchers } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makeActor, makeDepartment, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { transitions } from '../src/tickets/transitions.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, forceStatus, historyRowsOf, keysOf, makeTeam, sortedIds, watcherIdsOf } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const admin = await makeActor(db, { role: 'admin' });
const { project, lead, member, viewer, outsider } = await makeTeam(deps, { key: 'WRT' });

const newTicket = (overrides: Parameters<typeof makeTicket>[3] = {}) =>
  makeTicket(deps, member.actor, project.key, overrides);

describe('updateTicket', () => {
  it('changes fields, records one history entry per changed field, and bumps the version by one', async () => {
    const department = await makeDepartment(db);
    const ticket = await newTicket({ title: 'Old title', description: 'old', priority: 'low', dueDate: '2030-01-01' });
    const updated = await api.updateTicket(member.actor, {
      key: ticket.key,
      version: ticket.version,
      title: 'New title',
      description: 'new',
      priority: 'high',
      departmentId: department.id,
      dueDate: '2030-02-02',
    });
    expect(updated).toMatchObject({
      title: 'New title',
      description: 'new',
      priority: 'high',
      departmentId: department.id,
      dueDate: '2030-02-02',
      version: ticket.version + 1,
    });
    expect(await api.getTicket(viewer.actor, ticket.key)).toEqual(updated);

    const rows = await historyRowsOf(db, ticket.id);
    const changes = rows.filter((row) => row.action === 'updated');
    expect(changes.map((row) => [row.field, row.oldValue, row.newValue])).toEqual([
      ['title', 'Old title', 'New title'],
      ['description', 'old', 'new'],
      ['priority', 'low', 'high'],
      ['departmentId', null, department.id],
      ['dueDate', '2030-01-01', '2030-02-02'],
    ]);
    expect(changes.every((row) => row.version === 2 && row.actorId === member.user.id)).toBe(true);
    expect(rows).toHaveLength(changes.length + 1);
  });

  it('records nothing and keeps the version when nothing actually changes', async () => {
    const ticket = await newTicket({ title: 'Same', priority: 'high', labels: ['x'] });
    const same = await api.updateTicket(member.actor, {
      key: ticket.key,
      version: ticket.version,
      title: ' Same ',
      priority: 'high',
      labels: ['x'],
      dueDate: null,
    });
    expect(same.version).toBe(ticket.version);
    expect(same.updatedAt).toEqual(ticket.updatedAt);
    expect((await historyRowsOf(db, ticket.id)).map((row) => row.action)).toEqual(['created']);
  });

  it('records only the fields that changed', async () => {
    const ticket = await newTicket({ title: 'Keep', priority: 'low' });
    const updated = await api.updateTicket(member.actor, {
      key: ticket.key,
      version: ticket.version,
      title: 'Keep',
      priority: 'critical',
    });
    expect(updated.version).toBe(2);
    const rows = (await historyRowsOf(db, ticket.id)).filter((row) => row.action === 'updated');
    expect(rows.map((row) => row.field)).toEqual(['priority']);
  });

  it('clears a nullable field with null', async () => {
    const ticket = await newTicket({ dueDate: '2030-05-05' });
    const updated = await api.updateTicket(member.actor, { key: ticket.key, version: 1, dueDate: null });
    expect(updated.dueDate).toBeNull();
    const [entry] = (await historyRowsOf(db, ticket.id)).filter((row) => row.action === 'updated');
    expect(entry).toMatchObject({ field: 'dueDate', oldValue: '2030-05-05', newValue: null });
  });

  it('refuses a stale version, saying what changed since, and changes nothing', async () => {
    const ticket = await newTicket({ title: 'v1', priority: 'low' });
    const v2 = await api.updateTicket(lead.actor, { key: ticket.key, version: 1, title: 'v2' });
    const v3 = await api.updateTicket(lead.actor, { key: ticket.key, version: v2.version, priority: 'high' });

    const error = await rejectionOf(api.updateTicket(member.actor, { key: ticket.key, version: 1, title: 'mine' }));
    expect(error.code).toBe('E_CONFLICT');
    expect(error.details).toMatchObject({ key: ticket.key, currentVersion: 3, yourVersion: 1 });
    expect(error.details.changedFields).toEqual(['title', 'priority']);

    const sinceV2 = await rejectionOf(api.updateTicket(member.actor, { key: ticket.key, version: 2, title: 'mine' }));
    expect(sinceV2.details).toMatchObject({ currentVersion: 3, changedFields: ['priority'] });

    expect(await api.getTicket(member.actor, ticket.key)).toEqual(v3);
  });

  it('is forbidden for a viewer and not found for an outsider', async () => {
    const ticket = await newTicket({ title: 'Untouched' });
    await expect(
      api.updateTicket(viewer.actor, { key: ticket.key, version: 1, title: 'Viewer edit' }),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(
      api.updateTicket(outsider.actor, { key: ticket.key, version: 1, title: 'Outsider edit' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect((await api.getTicket(member.actor, ticket.key)).title).toBe('Untouched');
  });

  it('refuses an unknown department as a validation error', async () => {
    const ticket = await newTicket();
    const error = await rejectionOf(
      api.updateTicket(member.actor, { key: ticket.key, version: 1, departmentId: crypto.randomUUID() }),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { departmentId: [expect.any(String)] } });
    expect((await api.getTicket(member.actor, ticket.key)).version).toBe(1);
  });

  it('adds and removes labels with labeled and unlabeled history entries', async () => {
    const ticket = await newTicket({ labels: ['keep', 'drop'] });
    const updated = await api.updateTicket(member.actor, {
      key: ticket.key,
      version: 1,
      labels: ['keep', 'new', 'new'],
    });
    expect(updated.labels).toEqual(['keep', 'new']);
    expect(updated.version).toBe(2);
    const rows = (await historyRowsOf(db, ticket.id)).filter((row) => row.field === 'labels');
    expect(rows.map((row) => [row.action, row.oldValue, row.newValue])).toEqual([
      ['labeled', null, 'new'],
      ['unlabeled', 'drop', null],
    ]);
  });
});

describe('transitionTicket', () => {
  const pairs = ticketStatuses.flatMap((from) => ticketStatuses.map((to) => [from, to] as const));
  const allowedPairs = pairs.filter(([from, to]) => (transitions[from] as readonly string[]).includes(to));
  const disallowedPairs = pairs.filter(([from, to]) => !(transitions[from] as readonly string[]).includes(to));

  it('has a lifecycle entry for every status', () => {
    expect(Object.keys(transitions).sort()).toEqual([...ticketStatuses].sort());
    expect(allowedPairs.length).toBeGreaterThan(0);
    expect(disallowedPairs.length).toBeGreaterThan(0);
  });

  it.each(allowedPairs)('allows %s → %s', async (from, to) => {
    const ticket = await newTicket();
    await forceStatus(db, ticket.id, from);
    const moved = await api.transitionTicket(member.actor, { key: ticket.key, version: ticket.version, status: to });
    expect(moved.status).toBe(to);
    expect(moved.version).toBe(ticket.version + 1);
    expect(moved.closedAt === null).toBe(to !== 'closed');
    const last = (await historyRowsOf(db, ticket.id)).at(-1);
    expect(last).toMatchObject({ action: 'transitioned', field: 'status', oldValue: from, newValue: to, version: 2 });
  });

  it.each(disallowedPairs)('refuses %s → %s', async (from, to) => {
    const ticket = await newTicket();
    await forceStatus(db, ticket.id, from);
    const error = await rejectionOf(
      api.transitionTicket(member.actor, { key: ticket.key, version: ticket.version, status: to }),
    );
    expect(error.code).toBe('E_INVALID_TRANSITION');
    expect(error.details).toMatchObject({ from, to });
    expect(error.details.allowed).toEqual(transitions[from]);
    const after = await api.getTicket(member.actor, ticket.key);
    expect(after.status).toBe(from);
    expect(after.version).toBe(ticket.version);
  });

  it('sets closedAt when closing and clears it when reopening', async () => {
    const ticket = await newTicket();
    const closed = await api.transitionTicket(member.actor, { key: ticket.key, version: 1, status: 'closed' });
    expect(closed.closedAt).toBeInstanceOf(Date);
    const reopened = await api.transitionTicket(member.actor, { key: ticket.key, version: 2, status: 'open' });
    expect(reopened.closedAt).toBeNull();
    const closedAgain = await api.transitionTicket(member.actor, { key: ticket.key, version: 3, status: 'closed' });
    expect(closedAgain.closedAt).toBeInstanceOf(Date);
    const resumed = await api.transitionTicket(member.actor, { key: ticket.key, version: 4, status: 'in_progress' });
    expect(resumed.closedAt).toBeNull();
  });

  it('is forbidden for a viewer', async () => {
    const ticket = await newTicket();
    await expect(
      api.transitionTicket(viewer.actor, { key: ticket.key, version: 1, status: 'in_progress' }),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect((await api.getTicket(viewer.actor, ticket.key)).status).toBe('open');
  });

  it('refuses a stale version', async () => {
    const ticket = await newTicket();
    await api.transitionTicket(member.actor, { key: ticket.key, version: 1, status: 'in_progress' });
    const error = await rejectionOf(
      api.transitionTicket(lead.actor, { key: ticket.key, version: 1, status: 'closed' }),
    );
    expect(error.code).toBe('E_CONFLICT');
    expect(error.details).toMatchObject({ currentVersion: 2, changedFields: ['status'] });
  });
});

describe('assignTicket', () => {
  it('adds and removes assignees with assigned and unassigned entries; new assignees watch', async () => {
    const ticket = await newTicket();
    expect(await watcherIdsOf(db, ticket.id)).toEqual([member.user.id]);

    const both = await api.assignTicket(lead.actor, {
      key: ticket.key,
      version: 1,
      assigneeIds: [lead.user.id, viewer.user.id],
    });
    expect(sortedIds(both.assignees.map((a) => a.id))).toEqual(sortedIds([lead.user.id, viewer.user.id]));
    expect(both.version).toBe(2);
    expect(await watcherIdsOf(db, ticket.id)).toEqual(sortedIds([member.user.id, lead.user.id, viewer.user.id]));

    const one = await api.assignTicket(lead.actor, { key: ticket.key, version: 2, assigneeIds: [viewer.user.id] });
    expect(one.assignees).toEqual([{ id: viewer.user.id, name: viewer.user.name }]);
    expect(one.version).toBe(3);
    // Unassigning does not stop someone watching.
    expect(await watcherIdsOf(db, ticket.id)).toContain(lead.user.id);

    const rows = (await historyRowsOf(db, ticket.id)).filter((row) => row.field === 'assignees');
    expect(rows.map((row) => [row.action, row.oldValue ?? row.newValue, row.version])).toEqual([
      ['assigned', lead.user.id, 2],
      ['assigned', viewer.user.id, 2],
      ['unassigned', lead.user.id, 3],
    ]);
  });

  it('keeps an assignee who already watches as one watcher row', async () => {
    const ticket = await newTicket();
    await api.assignTicket(member.actor, { key: ticket.key, version: 1, assigneeIds: [member.user.id] });
    const rows = await db
      .select()
      .from(ticketWatchers)
      .where(and(eq(ticketWatchers.ticketId, ticket.id), eq(ticketWatchers.userId, member.user.id)));
    expect(rows).toHaveLength(1);
  });

  it('changes nothing when given the same set', async () => {
    const ticket = await newTicket({ assigneeIds: [lead.user.id] });
    const same = await api.assignTicket(member.actor, { key: ticket.key, version: 1, assigneeIds: [lead.user.id] });
    expect(same.version).toBe(1);
    expect((await historyRowsOf(db, ticket.id)).map((row) => row.action)).toEqual(['created']);
  });

  it('refuses a non-member assignee, naming assigneeIds, and changes nothing', async () => {
    const ticket = await newTicket();
    const error = await rejectionOf(
      api.assignTicket(member.actor, { key: ticket.key, version: 1, assigneeIds: [lead.user.id, outsider.user.id] }),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toEqual({ fields: { assigneeIds: [expect.stringContaining(outsider.user.id)] } });
    expect(await api.getTicket(member.actor, ticket.key)).toMatchObject({ assignees: [], version: 1 });
  });

  it('is forbidden for a viewer', async () => {
    const ticket = await newTicket();
    await expect(
      api.assignTicket(viewer.actor, { key: ticket.key, version: 1, assigneeIds: [viewer.user.id] }),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
  });
});

describe('deleteTicket and restoreTicket', () => {
  it('is forbidden for a member and a viewer', async () => {
    const ticket = await newTicket();
    for (const { actor } of [member, viewer]) {
      await expect(api.deleteTicket(actor, ticket.key)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    }
    expect((await api.getTicket(member.actor, ticket.key)).key).toBe(ticket.key);
  });

  it('hides a deleted ticket from get, list and search until it is restored', async () => {
    const ticket = await newTicket({ title: 'Vanishing quokka' });
    const search = { projectKeys: project.key, q: 'quokka', limit: 100 };
    expect(keysOf((await api.listTickets(member.actor, search)).items)).toEqual([ticket.key]);

    const deleted = await api.deleteTicket(lead.actor, ticket.key);
    expect(deleted.version).toBe(2);
    await expect(api.getTicket(member.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(api.getTicket(admin.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(
      api.updateTicket(lead.actor, { key: ticket.key, version: 2, title: 'Edit a deleted one' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(keysOf((await api.listTickets(member.actor, { projectKeys: project.key, limit: 100 })).items)).not.toContain(
      ticket.key,
    );
    expect((await api.listTickets(member.actor, search)).items).toEqual([]);
    expect((await api.listTickets(admin.actor, { q: 'quokka', includeTotal: true })).total).toBe(0);
    // Deleting twice: a deleted ticket is not found.
    await expect(api.deleteTicket(lead.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });

    await expect(api.restoreTicket(member.actor, ticket.key)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    const restored = await api.restoreTicket(lead.actor, ticket.key);
    expect(restored).toMatchObject({ key: ticket.key, title: 'Vanishing quokka', version: 3 });
    expect(await api.getTicket(member.actor, ticket.key)).toEqual(restored);
    expect(keysOf((await api.listTickets(member.actor, search)).items)).toEqual([ticket.key]);
    expect((await api.historyOf(member.actor, ticket.key)).map((entry) => entry.action)).toEqual([
      'created',
      'deleted',
      'restored',
    ]);
    // Restoring a live ticket: there is no deleted ticket by that key.
    await expect(api.restoreTicket(lead.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('is allowed for a manager in the project and for an admin', async () => {
    const manager = await makeActor(db, { role: 'manager' });
    await api.addMember(lead.actor, { key: project.key, userId: manager.user.id, role: 'member' });
    const first = await newTicket();
    const second = await newTicket();
    await api.deleteTicket(manager.actor, first.key);
    await api.deleteTicket(admin.actor, second.key);
    for (const ticket of [first, second]) {
      await expect(api.getTicket(lead.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    }
  });
});

describe('ticketHistoryOf', () => {
  it('returns every entry oldest first with the actor’s name', async () => {
    const ticket = await newTicket({ title: 'History' });
    await api.updateTicket(lead.actor, { key: ticket.key, version: 1, title: 'History 2' });
    await api.transitionTicket(member.actor, { key: ticket.key, version: 2, status: 'in_progress' });
    await api.assignTicket(lead.actor, { key: ticket.key, version: 3, assigneeIds: [member.user.id] });

    const history = await api.historyOf(viewer.actor, ticket.key);
    expect(history.map((entry) => [entry.action, entry.field, entry.actor?.name, entry.version])).toEqual([
      ['created', null, member.user.name, 1],
      ['updated', 'title', lead.user.name, 2],
      ['transitioned', 'status', member.user.name, 3],
      ['assigned', 'assignees', lead.user.name, 4],
    ]);
    const ids = history.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(history[1]).toMatchObject({ oldValue: 'History', newValue: 'History 2', actor: { id: lead.user.id } });
  });

  it('is not found for an outsider', async () => {
    const ticket = await newTicket();
    await expect(api.historyOf(outsider.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });
});

describe('setWatching', () => {
  it('is idempotent both ways, and open to viewers', async () => {
    const ticket = await newTicket();
    const watchersOf = async () => (await watcherIdsOf(db, ticket.id)).filter((id) => id === viewer.user.id);

    expect(await api.setWatching(viewer.actor, ticket.key, true)).toEqual({ watching: true });
    expect(await api.setWatching(viewer.actor, ticket.key, true)).toEqual({ watching: true });
    expect(await watchersOf()).toEqual([viewer.user.id]);

    expect(await api.setWatching(viewer.actor, ticket.key, false)).toEqual({ watching: false });
    expect(await api.setWatching(viewer.actor, ticket.key, false)).toEqual({ watching: false });
    expect(await watchersOf()).toEqual([]);
    // Watching is not an edit.
    expect((await api.getTicket(viewer.actor, ticket.key)).version).toBe(1);
  });

  it('is not found for an outsider', async () => {
    const ticket = await newTicket();
    await expect(api.setWatching(outsider.actor, ticket.key, true)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(await watcherIdsOf(db, ticket.id)).not.toContain(outsider.user.id);
  });
});
