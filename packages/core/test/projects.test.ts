import { projectMembers } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createProject } from '../src/projects/create-project.ts';
import { createProjectInput, projectKeySchema } from '../src/projects/schemas.ts';
import { makeActor, makeProject, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, keysOf, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const admin = await makeActor(db, { role: 'admin' });
const manager = await makeActor(db, { role: 'manager' });
const user = await makeActor(db, { role: 'user' });

async function membershipRole(projectId: string, userId: string) {
  const [row] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  return row?.role ?? null;
}

describe('createProject', () => {
  it('is forbidden for a plain user', async () => {
    await expect(api.createProject(user.actor, { key: 'USR', name: 'Nope' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    expect((await api.listProjects(admin.actor)).map((p) => p.key)).not.toContain('USR');
  });

  it.each([
    ['a manager', manager],
    ['an admin', admin],
  ])('lets %s create a project and makes the creator its lead', async (_, creator) => {
    const key = creator === manager ? 'MGRP' : 'ADMP';
    const project = await api.createProject(creator.actor, { key, name: ' Created ', description: 'About it' });
    expect(project).toMatchObject({
      key,
      name: 'Created',
      description: 'About it',
      leadId: creator.user.id,
      archived: false,
      myRole: 'lead',
    });
    expect(await membershipRole(project.id, creator.user.id)).toBe('lead');
    expect((await api.getProject(creator.actor, key)).myRole).toBe('lead');
    const members = await api.listMembers(creator.actor, key);
    expect(members.map((m) => [m.userId, m.role])).toEqual([[creator.user.id, 'lead']]);
  });

  it('upper-cases a lower-case key', async () => {
    const project = await api.createProject(manager.actor, { key: ' lower1 ', name: 'Lower' });
    expect(project.key).toBe('LOWER1');
    expect((await api.getProject(manager.actor, 'lower1')).id).toBe(project.id);
  });

  it.each(['AB', 'ABCDEFGHIJ', 'A1', 'x9z'])('accepts the key %s', (key) => {
    expect(projectKeySchema.safeParse(key)).toEqual({ success: true, data: key.toUpperCase() });
  });

  it.each(['T', '1AB', 'TOOLONGKEY1', 'A-B', '', 'A B', 'ÄB'])('rejects the key %j', (key) => {
    expect(projectKeySchema.safeParse(key).success).toBe(false);
    expect(createProjectInput.safeParse({ key, name: 'Bad key' }).success).toBe(false);
  });

  it('refuses a key that is taken in another letter case', async () => {
    await api.createProject(manager.actor, { key: 'DUPE', name: 'First' });
    const error = await rejectionOf(api.createProject(admin.actor, { key: 'dupe', name: 'Second' }));
    expect(error.code).toBe('E_CONFLICT');
    expect(error.details).toMatchObject({ field: 'key' });
  });

  it('refuses a case-variant key even when it bypasses the schema (unique on upper(key))', async () => {
    await api.createProject(manager.actor, { key: 'CASEY', name: 'First' });
    await expect(
      createProject(deps, manager.actor, { key: 'casey', name: 'Raw', description: '' }),
    ).rejects.toMatchObject({ code: 'E_CONFLICT' });
  });

  it('makes a named lead a lead member too, alongside the creator', async () => {
    const other = await makeActor(db, { role: 'user' });
    const project = await api.createProject(manager.actor, { key: 'NAMED', name: 'Named', leadId: other.user.id });
    expect(project.leadId).toBe(other.user.id);
    expect(await membershipRole(project.id, other.user.id)).toBe('lead');
    expect(await membershipRole(project.id, manager.user.id)).toBe('lead');
  });

  it('refuses an unknown lead as a validation error', async () => {
    const error = await rejectionOf(
      api.createProject(manager.actor, { key: 'GHOST', name: 'Ghost', leadId: crypto.randomUUID() }),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { leadId: [expect.any(String)] } });
  });
});

describe('listProjects and getProject', () => {
  it('shows an admin every project, and everyone else only their memberships', async () => {
    const alice = await makeActor(db, { role: 'user' });
    const bob = await makeActor(db, { role: 'manager' });
    const alicesOwn = await makeProject(deps, alice.actor, { key: 'ALICE' });
    const shared = await makeProject(deps, bob.actor, {
      key: 'SHARED',
      members: [{ userId: alice.user.id, role: 'viewer' }],
    });
    const bobsOwn = await makeProject(deps, bob.actor, { key: 'BOBS' });

    const forAlice = await api.listProjects(alice.actor);
    expect(forAlice.map((p) => [p.key, p.myRole])).toEqual([
      ['ALICE', 'lead'],
      ['SHARED', 'viewer'],
    ]);
    const forBob = await api.listProjects(bob.actor);
    expect(forBob.map((p) => p.key)).toEqual(['BOBS', 'SHARED']);

    const forAdmin = await api.listProjects(admin.actor);
    const keys = forAdmin.map((p) => p.key);
    for (const project of [alicesOwn, shared, bobsOwn]) expect(keys).toContain(project.key);
    expect(keys).toEqual([...keys].sort());
    expect(forAdmin.find((p) => p.key === 'ALICE')?.myRole).toBeNull();
  });

  it('filters by the archived flag', async () => {
    const lead = await makeActor(db, { role: 'manager' });
    await makeProject(deps, lead.actor, { key: 'LIVE' });
    await makeProject(deps, lead.actor, { key: 'OLD' });
    await api.archiveProject(lead.actor, 'OLD');
    expect((await api.listProjects(lead.actor)).map((p) => p.key)).toEqual(['LIVE', 'OLD']);
    expect((await api.listProjects(lead.actor, { archived: 'true' })).map((p) => p.key)).toEqual(['OLD']);
    expect((await api.listProjects(lead.actor, { archived: false })).map((p) => p.key)).toEqual(['LIVE']);
  });

  it('reports a project you are not a member of as not found, not forbidden', async () => {
    const { project, outsider } = await makeTeam(deps);
    const error = await rejectionOf(api.getProject(outsider.actor, project.key));
    expect(error.code).toBe('E_NOT_FOUND');
    // Exactly what an unknown key answers, so existence does not leak.
    expect((await rejectionOf(api.getProject(outsider.actor, 'NOSUCH'))).code).toBe('E_NOT_FOUND');
    // A manager is no different when not a member.
    expect((await rejectionOf(api.getProject(manager.actor, project.key))).code).toBe('E_NOT_FOUND');
  });

  it('gives members the project with their own role, and an admin with none', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    expect(await api.getProject(member.actor, project.key.toLowerCase())).toMatchObject({
      id: project.id,
      myRole: 'member',
    });
    expect((await api.getProject(viewer.actor, project.key)).myRole).toBe('viewer');
    expect((await api.getProject(admin.actor, project.key)).myRole).toBeNull();
  });

  it('says what the caller may do there, from the permission table', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    expect((await api.getProject(viewer.actor, project.key)).myPermissions).toEqual(['project:read', 'ticket:read']);
    expect((await api.getProject(member.actor, project.key)).myPermissions).toEqual([
      'project:read',
      'ticket:read',
      'ticket:create',
      'ticket:edit',
      'ticket:transition',
      'ticket:comment',
    ]);
    expect((await api.getProject(admin.actor, project.key)).myPermissions).toContain('project:manage');
    const [listed] = (await api.listProjects(viewer.actor)).filter((p) => p.key === project.key);
    expect(listed?.myPermissions).toEqual(['project:read', 'ticket:read']);
  });
});

describe('updateProject', () => {
  it('is forbidden for viewers and members', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    for (const { actor } of [viewer, member]) {
      await expect(api.updateProject(actor, { key: project.key, name: 'Renamed' })).rejects.toMatchObject({
        code: 'E_FORBIDDEN',
      });
    }
    expect((await api.getProject(member.actor, project.key)).name).toBe(project.name);
  });

  it('is allowed for the lead, a manager who is a member, and an admin who is not', async () => {
    const { project, lead } = await makeTeam(deps);
    const projectManager = await makeActor(db, { role: 'manager' });
    await api.addMember(lead.actor, { key: project.key, userId: projectManager.user.id, role: 'member' });

    expect(await api.updateProject(lead.actor, { key: project.key, name: 'By lead' })).toMatchObject({
      name: 'By lead',
      myRole: 'lead',
    });
    expect(
      await api.updateProject(projectManager.actor, { key: project.key, description: 'By manager' }),
    ).toMatchObject({ name: 'By lead', description: 'By manager', myRole: 'member' });
    expect(await api.updateProject(admin.actor, { key: project.key, name: 'By admin' })).toMatchObject({
      name: 'By admin',
      description: 'By manager',
      myRole: null,
    });
    expect(await api.getProject(lead.actor, project.key)).toMatchObject({
      name: 'By admin',
      description: 'By manager',
      key: project.key,
    });
  });

  it('hides the project from a manager who is not a member', async () => {
    const { project } = await makeTeam(deps);
    await expect(api.updateProject(manager.actor, { key: project.key, name: 'X' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });

  it('makes a new lead a lead member', async () => {
    const { project, lead, member } = await makeTeam(deps);
    const updated = await api.updateProject(lead.actor, { key: project.key, leadId: member.user.id });
    expect(updated.leadId).toBe(member.user.id);
    expect(await membershipRole(project.id, member.user.id)).toBe('lead');
    expect((await api.getProject(member.actor, project.key)).myRole).toBe('lead');
  });
});

describe('archiving', () => {
  it('is forbidden for a member', async () => {
    const { project, member } = await makeTeam(deps);
    await expect(api.archiveProject(member.actor, project.key)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect((await api.getProject(member.actor, project.key)).archived).toBe(false);
  });

  it('blocks new tickets and edits but keeps everything readable; unarchiving restores writes', async () => {
    const { project, lead, member } = await makeTeam(deps);
    const ticket = await makeTicket(deps, member.actor, project.key, { title: 'Before the archive' });

    expect((await api.archiveProject(lead.actor, project.key)).archived).toBe(true);

    const writes = [
      () => api.createTicket(member.actor, { projectKey: project.key, title: 'After the archive' }),
      () => api.updateTicket(member.actor, { key: ticket.key, version: ticket.version, title: 'Edited' }),
      () => api.transitionTicket(member.actor, { key: ticket.key, version: ticket.version, status: 'in_progress' }),
      () => api.assignTicket(member.actor, { key: ticket.key, version: ticket.version, assigneeIds: [member.user.id] }),
    ];
    for (const write of writes) {
      const error = await rejectionOf(write());
      expect(error.code).toBe('E_CONFLICT');
      expect(error.details).toMatchObject({ projectKey: project.key });
    }
    const bulk = await rejectionOf(
      api.bulkUpdate(member.actor, {
        tickets: [{ key: ticket.key, version: ticket.version }],
        changes: { priority: 'high' },
      }),
    );
    expect(bulk.code).toBe('E_BULK_REJECTED');
    expect(bulk.details).toMatchObject({ failures: [{ key: ticket.key, error: 'E_CONFLICT' }] });

    // Reads still work, and nothing changed.
    expect((await api.getProject(member.actor, project.key)).archived).toBe(true);
    expect(await api.getTicket(member.actor, ticket.key)).toMatchObject({
      title: 'Before the archive',
      version: ticket.version,
      status: 'open',
    });
    expect(keysOf((await api.listTickets(member.actor, { projectKeys: project.key })).items)).toEqual([ticket.key]);
    expect((await api.historyOf(member.actor, ticket.key)).map((entry) => entry.action)).toEqual(['created']);

    expect((await api.unarchiveProject(lead.actor, project.key)).archived).toBe(false);
    const created = await api.createTicket(member.actor, { projectKey: project.key, title: 'After unarchive' });
    expect(created.number).toBe(ticket.number + 1);
    expect(
      (await api.updateTicket(member.actor, { key: ticket.key, version: ticket.version, title: 'Edited' })).title,
    ).toBe('Edited');
  });
});
