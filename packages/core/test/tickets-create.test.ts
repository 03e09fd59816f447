import { ticketLabels } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { makeActor, makeDepartment, makeProject, makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createTicketInput } from '../src/tickets/schemas.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, historyRowsOf, makeTeam, sortedIds, watcherIdsOf } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const admin = await makeActor(db, { role: 'admin' });
const team = await makeTeam(deps, { key: 'CRT' });
const { project, lead, member, viewer, outsider } = team;

const create = (input: Partial<z.input<typeof createTicketInput>> = {}) =>
  api.createTicket(member.actor, { projectKey: project.key, title: 'A ticket', ...input });

describe('ticket numbers', () => {
  it('numbers a new project’s tickets <KEY>-1, <KEY>-2, … consecutively', async () => {
    const fresh = await makeProject(deps, lead.actor, { key: 'NUM' });
    const created = [];
    for (let i = 0; i < 4; i += 1)
      created.push(await api.createTicket(lead.actor, { projectKey: 'num', title: `T${i}` }));
    expect(created.map((t) => t.key)).toEqual(['NUM-1', 'NUM-2', 'NUM-3', 'NUM-4']);
    expect(created.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(created.every((t) => t.projectKey === fresh.key)).toBe(true);
  });

  it('does not use up a number when creating fails', async () => {
    const fresh = await makeProject(deps, lead.actor, { key: 'GAP' });
    await api.createTicket(lead.actor, { projectKey: fresh.key, title: 'first' });
    await expect(
      api.createTicket(lead.actor, { projectKey: fresh.key, title: 'refused', assigneeIds: [outsider.user.id] }),
    ).rejects.toMatchObject({ code: 'E_VALIDATION' });
    expect((await api.createTicket(lead.actor, { projectKey: fresh.key, title: 'second' })).key).toBe('GAP-2');
  });
});

describe('createTicket', () => {
  it('creates an open, medium-priority ticket at version 1 by default', async () => {
    const ticket = await create({ title: '  Trimmed title  ' });
    expect(ticket).toMatchObject({
      projectKey: 'CRT',
      title: 'Trimmed title',
      description: '',
      status: 'open',
      priority: 'medium',
      departmentId: null,
      reporter: { id: member.user.id, name: member.user.name },
      assignees: [],
      labels: [],
      dueDate: null,
      version: 1,
      closedAt: null,
    });
    expect(await api.getTicket(viewer.actor, ticket.key)).toEqual(ticket);
  });

  it('stores every field it is given', async () => {
    const department = await makeDepartment(db);
    const ticket = await create({
      title: 'Full',
      description: '# Markdown\n\nbody',
      priority: 'critical',
      departmentId: department.id,
      assigneeIds: [lead.user.id],
      labels: ['ui'],
      dueDate: '2031-04-05',
    });
    expect(ticket).toMatchObject({
      description: '# Markdown\n\nbody',
      priority: 'critical',
      departmentId: department.id,
      assignees: [{ id: lead.user.id, name: lead.user.name }],
      labels: ['ui'],
      dueDate: '2031-04-05',
    });
  });

  it('accepts a title of 200 characters and rejects 201, empty or whitespace-only titles', async () => {
    const longest = 'x'.repeat(200);
    expect((await create({ title: longest })).title).toBe(longest);
    for (const title of ['x'.repeat(201), '', '   \t\n ']) {
      const parsed = createTicketInput.safeParse({ projectKey: project.key, title });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['title']]);
    }
  });

  it('accepts a description of 100 KB and rejects one byte more, counted in UTF-8 bytes', () => {
    const ok = createTicketInput.safeParse({ projectKey: 'CRT', title: 't', description: 'a'.repeat(100_000) });
    expect(ok.success).toBe(true);
    for (const description of ['a'.repeat(100_001), 'é'.repeat(50_001)]) {
      const parsed = createTicketInput.safeParse({ projectKey: 'CRT', title: 't', description });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['description']]);
    }
  });

  it('reports an unknown project as not found', async () => {
    await expect(api.createTicket(member.actor, { projectKey: 'NOPE', title: 't' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    await expect(api.createTicket(admin.actor, { projectKey: 'NOPE', title: 't' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });

  it('is forbidden for a viewer and not found for a non-member', async () => {
    await expect(api.createTicket(viewer.actor, { projectKey: project.key, title: 't' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    await expect(api.createTicket(outsider.actor, { projectKey: project.key, title: 't' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    const manager = await makeActor(db, { role: 'manager' });
    await expect(api.createTicket(manager.actor, { projectKey: project.key, title: 't' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });

  it('lets an admin who is not a member create a ticket', async () => {
    const ticket = await api.createTicket(admin.actor, { projectKey: project.key, title: 'By an admin' });
    expect(ticket.reporter.id).toBe(admin.user.id);
  });

  it.each([
    ['an unknown user', async () => crypto.randomUUID()],
    ['an inactive member', async () => (await makeUser(db, { active: false })).id],
    ['a user who is not a member', async () => outsider.user.id],
  ])('refuses %s as an assignee, naming assigneeIds', async (_, idOf) => {
    const id = await idOf();
    const error = await rejectionOf(create({ assigneeIds: [lead.user.id, id] }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toEqual({ fields: { assigneeIds: [expect.stringContaining(id)] } });
  });

  it('accepts a viewer as an assignee', async () => {
    const ticket = await create({ assigneeIds: [viewer.user.id] });
    expect(ticket.assignees.map((a) => a.id)).toEqual([viewer.user.id]);
  });

  it('refuses an unknown department, naming departmentId', async () => {
    const error = await rejectionOf(create({ departmentId: crypto.randomUUID() }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { departmentId: [expect.any(String)] } });
  });

  it('makes the reporter and every assignee watchers', async () => {
    const ticket = await create({ assigneeIds: [lead.user.id, viewer.user.id, member.user.id] });
    expect(await watcherIdsOf(db, ticket.id)).toEqual(sortedIds([member.user.id, lead.user.id, viewer.user.id]));

    const unassigned = await create();
    expect(await watcherIdsOf(db, unassigned.id)).toEqual([member.user.id]);
  });

  it('records exactly one history entry, "created", at version 1', async () => {
    const ticket = await create({ title: 'With history', assigneeIds: [lead.user.id], labels: ['a'] });
    const rows = await historyRowsOf(db, ticket.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'created',
      actorId: member.user.id,
      version: 1,
      newValue: { title: 'With history' },
    });
    const history = await api.historyOf(viewer.actor, ticket.key);
    expect(history.map((entry) => [entry.action, entry.actor?.name])).toEqual([['created', member.user.name]]);
  });

  it('removes duplicate labels and assignees', async () => {
    const ticket = await create({
      labels: ['bug', 'ui', 'bug', ' ui '],
      assigneeIds: [lead.user.id, lead.user.id],
    });
    expect(ticket.labels).toEqual(['bug', 'ui']);
    expect(ticket.assignees.map((a) => a.id)).toEqual([lead.user.id]);
    const rows = await db.select().from(ticketLabels).where(eq(ticketLabels.ticketId, ticket.id));
    expect(rows.map((row) => row.label).sort()).toEqual(['bug', 'ui']);
  });
});
