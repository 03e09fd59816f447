import { events, ticketHistory } from '@ticketing/db/schema';
import { asc, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../src/auth/api-tokens.ts';
import { bootstrapAdmin } from '../src/auth/bootstrap-admin.ts';
import { changePassword } from '../src/auth/change-password.ts';
import { register } from '../src/auth/register.ts';
import { addComment, deleteComment, editComment } from '../src/comments/comments.ts';
import { createDepartment } from '../src/departments/create-department.ts';
import { createProject } from '../src/projects/create-project.ts';
import { addMember, removeMember, updateMember } from '../src/projects/members.ts';
import { updateProject } from '../src/projects/update-project.ts';
import { makeActor, makeProject, makeTicket, makeUser, TEST_PASSWORD } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { bulkUpdateTickets } from '../src/tickets/bulk-update-tickets.ts';
import { deleteTicket, restoreTicket } from '../src/tickets/delete-ticket.ts';
import { updateTicket } from '../src/tickets/update-ticket.ts';
import { createUser } from '../src/users/create-user.ts';
import { deactivateUser } from '../src/users/deactivate-user.ts';
import { updateUser } from '../src/users/update-user.ts';
import { noClient, rejectionOf } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const { actor: admin } = await makeActor(db, { role: 'admin' });
const { actor: member, user: memberUser } = await makeActor(db, { role: 'user' });
const project = await makeProject(deps, admin, { members: [{ userId: memberUser.id, role: 'member' }] });

let mark = 0;
beforeEach(async () => {
  const [row] = await db.select({ last: max(events.id) }).from(events);
  mark = row?.last ?? 0;
});

/** The events written since the test began, as (type, project, ticket, actor, data). */
async function written() {
  const rows = await db.select().from(events).where(gt(events.id, mark)).orderBy(asc(events.id));
  return rows.map((row) => ({
    type: row.type,
    projectId: row.projectId,
    ticketId: row.ticketId,
    actorKind: row.actorKind,
    actorId: row.actorId,
    data: row.data as Record<string, unknown>,
  }));
}

const by = (actor: { userId: string }) => ({ actorKind: 'user', actorId: actor.userId });

describe('every write records its events in its own transaction', () => {
  it('ticket.created, with its history derived from it', async () => {
    const ticket = await makeTicket(deps, member, project.key, { labels: ['a'], priority: 'high' });
    expect(await written()).toEqual([
      {
        type: 'ticket.created',
        projectId: project.id,
        ticketId: ticket.id,
        ...by(member),
        data: {
          key: ticket.key,
          version: 1,
          title: ticket.title,
          status: 'open',
          priority: 'high',
          reporterId: member.userId,
          assigneeIds: [],
          labels: ['a'],
        },
      },
    ]);
    const history = await db.select().from(ticketHistory).where(eq(ticketHistory.ticketId, ticket.id));
    expect(history.map((entry) => [entry.action, entry.version, entry.actorId])).toEqual([
      ['created', 1, member.userId],
    ]);
  });

  it('ticket.updated, ticket.transitioned and ticket.assigned from one update, with old and new values', async () => {
    const ticket = await makeTicket(deps, member, project.key, { labels: ['old'] });
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    await bulkUpdateTickets(deps, member, {
      tickets: [{ key: ticket.key, version: 1 }],
      changes: { status: 'in_progress', priority: 'critical', labels: ['new'], assigneeIds: [member.userId] },
    });
    const ref = { projectId: project.id, ticketId: ticket.id, ...by(member) };
    expect(await written()).toEqual([
      {
        type: 'ticket.updated',
        ...ref,
        data: {
          key: ticket.key,
          version: 2,
          changes: { priority: { old: 'medium', new: 'critical' }, labels: { old: ['old'], new: ['new'] } },
        },
      },
      { type: 'ticket.transitioned', ...ref, data: { key: ticket.key, version: 2, from: 'open', to: 'in_progress' } },
      { type: 'ticket.assigned', ...ref, data: { key: ticket.key, version: 2, added: [member.userId], removed: [] } },
    ]);
  });

  it('ticket.deleted and ticket.restored', async () => {
    const ticket = await makeTicket(deps, member, project.key);
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    await deleteTicket(deps, admin, { key: ticket.key });
    await restoreTicket(deps, admin, { key: ticket.key });
    expect((await written()).map((event) => [event.type, event.data])).toEqual([
      ['ticket.deleted', { key: ticket.key, version: 2 }],
      ['ticket.restored', { key: ticket.key, version: 3 }],
    ]);
  });

  it('comment.added, comment.edited, comment.deleted, carrying the bodies', async () => {
    const ticket = await makeTicket(deps, member, project.key);
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    const comment = await addComment(deps, member, { key: ticket.key, body: 'First @someone' });
    await editComment(deps, member, { key: ticket.key, commentId: comment.id, body: 'Second' });
    await deleteComment(deps, member, { key: ticket.key, commentId: comment.id });
    const ref = { key: ticket.key, version: 1, commentId: comment.id, authorId: member.userId };
    expect((await written()).map((event) => [event.type, event.ticketId, event.data])).toEqual([
      ['comment.added', ticket.id, { ...ref, body: 'First @someone' }],
      ['comment.edited', ticket.id, { ...ref, before: 'First @someone', after: 'Second' }],
      ['comment.deleted', ticket.id, { ...ref, body: 'Second' }],
    ]);
  });

  it('project.created with its leads as member.added; project.updated; archived and unarchived', async () => {
    const created = await createProject(deps, admin, { key: 'EVTP', name: 'Events', description: '' });
    await updateProject(deps, admin, { key: 'EVTP', name: 'Renamed', leadId: member.userId });
    await updateProject(deps, admin, { key: 'EVTP', archived: true });
    await updateProject(deps, admin, { key: 'EVTP', archived: false });
    expect((await written()).map((event) => [event.type, event.projectId, event.data])).toEqual([
      ['project.created', created.id, { key: 'EVTP', name: 'Events', leadId: admin.userId }],
      ['member.added', created.id, { key: 'EVTP', userId: admin.userId, role: 'lead' }],
      [
        'project.updated',
        created.id,
        {
          key: 'EVTP',
          changes: { name: { old: 'Events', new: 'Renamed' }, leadId: { old: admin.userId, new: member.userId } },
        },
      ],
      ['member.added', created.id, { key: 'EVTP', userId: member.userId, role: 'lead' }],
      ['project.archived', created.id, { key: 'EVTP' }],
      ['project.unarchived', created.id, { key: 'EVTP' }],
    ]);
  });

  it('member.added, member.updated, member.removed', async () => {
    const user = await makeUser(db);
    await addMember(deps, admin, { key: project.key, userId: user.id, role: 'viewer' });
    await updateMember(deps, admin, { key: project.key, userId: user.id, role: 'member' });
    await removeMember(deps, admin, { key: project.key, userId: user.id });
    expect((await written()).map((event) => [event.type, event.data])).toEqual([
      ['member.added', { key: project.key, userId: user.id, role: 'viewer' }],
      ['member.updated', { key: project.key, userId: user.id, from: 'viewer', to: 'member' }],
      ['member.removed', { key: project.key, userId: user.id, role: 'member' }],
    ]);
  });

  it('user.created (by an admin and by signing up), user.updated, user.password_changed', async () => {
    const created = await createUser(deps, admin, {
      email: 'evented@example.com',
      name: 'Evented',
      password: 'long enough password',
      role: 'manager',
    });
    await updateUser(deps, admin, { id: created.id, role: 'user', name: 'Renamed' });
    const signedUp = await register(
      deps,
      { email: 'self@example.com', name: 'Self', password: 'long enough password' },
      noClient,
    );
    const { actor } = await makeActor(db);
    await changePassword(deps, actor, { currentPassword: TEST_PASSWORD, newPassword: 'another long password' });
    expect((await written()).map((event) => [event.type, event.actorId, event.projectId, event.data])).toEqual([
      [
        'user.created',
        admin.userId,
        null,
        { userId: created.id, email: 'evented@example.com', role: 'manager', departmentId: null },
      ],
      [
        'user.updated',
        admin.userId,
        null,
        {
          userId: created.id,
          changes: { name: { old: 'Evented', new: 'Renamed' }, role: { old: 'manager', new: 'user' } },
        },
      ],
      [
        'user.created',
        signedUp.user.id,
        null,
        { userId: signedUp.user.id, email: 'self@example.com', role: 'user', departmentId: null },
      ],
      ['user.password_changed', actor.userId, null, { userId: actor.userId }],
    ]);
  });

  it('token.created and token.revoked, also when deactivation revokes them (no secret in any event)', async () => {
    const { actor, user } = await makeActor(db);
    const token = await createApiToken(deps, actor, { name: 'ci', scopes: ['read'] });
    const other = await createApiToken(deps, actor, { name: 'other', scopes: ['read', 'write'] });
    await revokeApiToken(deps, actor, { id: token.id });
    await deactivateUser(deps, admin, { id: user.id });
    const log = await written();
    expect(log.map((event) => [event.type, event.actorId, event.data.tokenId ?? null])).toEqual([
      ['token.created', user.id, token.id],
      ['token.created', user.id, other.id],
      ['token.revoked', user.id, token.id],
      ['user.updated', admin.userId, null],
      ['token.revoked', admin.userId, other.id],
    ]);
    expect(JSON.stringify(log)).not.toContain(token.token);
    expect(JSON.stringify(log)).not.toContain(other.token);
  });

  it('department.created', async () => {
    const department = await createDepartment(deps, admin, { name: 'Evented dept' });
    expect(await written()).toEqual([
      {
        type: 'department.created',
        projectId: null,
        ticketId: null,
        ...by(admin),
        data: { departmentId: department.id, name: 'Evented dept' },
      },
    ]);
  });

  it('the first start-up: the system creates the admin, the TSK project and its lead', async () => {
    const fresh = await createTestDeps();
    try {
      await bootstrapAdmin(fresh, { email: 'first@example.com', password: 'first password 1' });
      const log = await fresh.db.select().from(events).orderBy(asc(events.id));
      expect(log.map((event) => [event.type, event.actorKind, event.actorId, event.actor])).toEqual([
        ['user.created', 'system', null, { process: 'bootstrap' }],
        ['project.created', 'system', null, { process: 'bootstrap' }],
        ['member.added', 'system', null, { process: 'bootstrap' }],
      ]);
    } finally {
      await fresh.connection.close();
    }
  });
});

describe('a write that fails leaves no event', () => {
  it('a bulk update refused for one ticket records nothing for the others either', async () => {
    const ok = await makeTicket(deps, member, project.key);
    const stale = await makeTicket(deps, member, project.key);
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    const error = await rejectionOf(
      bulkUpdateTickets(deps, member, {
        tickets: [
          { key: ok.key, version: 1 },
          { key: stale.key, version: 7 },
        ],
        changes: { priority: 'low' },
      }),
    );
    expect(error.code).toBe('E_BULK_REJECTED');
    expect(await written()).toEqual([]);
  });

  it('a project whose key is taken records nothing', async () => {
    await rejectionOf(createProject(deps, admin, { key: project.key, name: 'Again', description: '' }));
    expect(await written()).toEqual([]);
  });

  it('a conflicting ticket edit records nothing', async () => {
    const ticket = await makeTicket(deps, member, project.key);
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    const error = await rejectionOf(updateTicket(deps, member, { key: ticket.key, version: 5, title: 'Lost' }));
    expect(error.code).toBe('E_CONFLICT');
    expect(await written()).toEqual([]);
  });
});
