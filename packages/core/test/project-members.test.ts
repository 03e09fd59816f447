import { afterAll, describe, expect, it } from 'vitest';
import { addMemberInput } from '../src/projects/schemas.ts';
import { makeActor, makeUser } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const admin = await makeActor(db, { role: 'admin' });

async function rolesIn(key: string) {
  const members = await api.listMembers(admin.actor, key);
  return Object.fromEntries(members.map((m) => [m.userId, m.role]));
}

describe('listMembers', () => {
  it('lists every member with their role to anyone in the project', async () => {
    const { project, lead, member, viewer } = await makeTeam(deps);
    const members = await api.listMembers(viewer.actor, project.key);
    expect(members).toHaveLength(3);
    expect(Object.fromEntries(members.map((m) => [m.userId, m.role]))).toEqual({
      [lead.user.id]: 'lead',
      [member.user.id]: 'member',
      [viewer.user.id]: 'viewer',
    });
    expect(members.find((m) => m.userId === member.user.id)).toMatchObject({
      name: member.user.name,
      email: member.user.email,
    });
  });
});

describe('addMember', () => {
  it('lets the lead add someone, as a member by default', async () => {
    const { project, lead } = await makeTeam(deps);
    const newcomer = await makeActor(db);
    const added = await api.addMember(lead.actor, { key: project.key, userId: newcomer.user.id });
    expect(added).toMatchObject({ userId: newcomer.user.id, role: 'member', name: newcomer.user.name });
    expect(addMemberInput.parse({ key: 'ABC', userId: newcomer.user.id }).role).toBe('member');
    expect((await api.getProject(newcomer.actor, project.key)).myRole).toBe('member');
  });

  it('lets a manager in the project and an admin outside it add members', async () => {
    const { project, lead } = await makeTeam(deps);
    const projectManager = await makeActor(db, { role: 'manager' });
    await api.addMember(lead.actor, { key: project.key, userId: projectManager.user.id, role: 'viewer' });
    const first = await makeUser(db);
    const second = await makeUser(db);
    await api.addMember(projectManager.actor, { key: project.key, userId: first.id, role: 'lead' });
    await api.addMember(admin.actor, { key: project.key, userId: second.id, role: 'viewer' });
    expect(await rolesIn(project.key)).toMatchObject({ [first.id]: 'lead', [second.id]: 'viewer' });
  });

  it('is forbidden for members and viewers', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    const newcomer = await makeUser(db);
    for (const { actor } of [member, viewer]) {
      await expect(api.addMember(actor, { key: project.key, userId: newcomer.id })).rejects.toMatchObject({
        code: 'E_FORBIDDEN',
      });
    }
    expect(await rolesIn(project.key)).not.toHaveProperty(newcomer.id);
  });

  it('refuses someone who is already a member', async () => {
    const { project, lead, viewer } = await makeTeam(deps);
    const error = await rejectionOf(api.addMember(lead.actor, { key: project.key, userId: viewer.user.id }));
    expect(error.code).toBe('E_CONFLICT');
    expect(error.details).toMatchObject({ userId: viewer.user.id });
    expect((await rolesIn(project.key))[viewer.user.id]).toBe('viewer');
  });

  it.each([
    ['an unknown user', async () => crypto.randomUUID()],
    ['an inactive user', async () => (await makeUser(db, { active: false })).id],
  ])('refuses %s as a validation error', async (_, userIdOf) => {
    const { project, lead } = await makeTeam(deps);
    const userId = await userIdOf();
    const error = await rejectionOf(api.addMember(lead.actor, { key: project.key, userId }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { userId: [expect.any(String)] } });
    expect(await rolesIn(project.key)).not.toHaveProperty(userId);
  });
});

describe('updateMember', () => {
  it("changes a member's role, and with it what they may do", async () => {
    const { project, lead, member } = await makeTeam(deps);
    const updated = await api.updateMember(lead.actor, { key: project.key, userId: member.user.id, role: 'viewer' });
    expect(updated).toMatchObject({ userId: member.user.id, role: 'viewer' });
    expect((await api.getProject(member.actor, project.key)).myRole).toBe('viewer');
    await expect(
      api.createTicket(member.actor, { projectKey: project.key, title: 'Now a viewer' }),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await api.updateMember(lead.actor, { key: project.key, userId: member.user.id, role: 'lead' });
    expect((await api.getProject(member.actor, project.key)).myRole).toBe('lead');
  });

  it('is forbidden for a member', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    await expect(
      api.updateMember(member.actor, { key: project.key, userId: viewer.user.id, role: 'lead' }),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect((await rolesIn(project.key))[viewer.user.id]).toBe('viewer');
  });

  it('reports someone who is not a member as not found', async () => {
    const { project, lead, outsider } = await makeTeam(deps);
    await expect(
      api.updateMember(lead.actor, { key: project.key, userId: outsider.user.id, role: 'member' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(await rolesIn(project.key)).not.toHaveProperty(outsider.user.id);
  });

  it('cannot demote the project lead', async () => {
    const { project, lead } = await makeTeam(deps);
    for (const role of ['member', 'viewer'] as const) {
      for (const actor of [lead.actor, admin.actor]) {
        const error = await rejectionOf(api.updateMember(actor, { key: project.key, userId: lead.user.id, role }));
        expect(error.code).toBe('E_CONFLICT');
        expect(error.details).toMatchObject({ userId: lead.user.id });
      }
    }
    expect((await rolesIn(project.key))[lead.user.id]).toBe('lead');
    // Keeping the lead a lead is no demotion.
    expect((await api.updateMember(lead.actor, { key: project.key, userId: lead.user.id, role: 'lead' })).role).toBe(
      'lead',
    );
  });
});

describe('removeMember', () => {
  it('removes a member, who then no longer sees the project', async () => {
    const { project, lead, member } = await makeTeam(deps);
    await api.removeMember(lead.actor, { key: project.key, userId: member.user.id });
    expect(await rolesIn(project.key)).not.toHaveProperty(member.user.id);
    await expect(api.getProject(member.actor, project.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    // Removing again: there is no such member any more.
    await expect(api.removeMember(lead.actor, { key: project.key, userId: member.user.id })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });

  it('is forbidden for a member', async () => {
    const { project, member, viewer } = await makeTeam(deps);
    await expect(api.removeMember(member.actor, { key: project.key, userId: viewer.user.id })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    expect((await rolesIn(project.key))[viewer.user.id]).toBe('viewer');
  });

  it('cannot remove the project lead', async () => {
    const { project, lead } = await makeTeam(deps);
    for (const actor of [lead.actor, admin.actor]) {
      const error = await rejectionOf(api.removeMember(actor, { key: project.key, userId: lead.user.id }));
      expect(error.code).toBe('E_CONFLICT');
    }
    expect((await rolesIn(project.key))[lead.user.id]).toBe('lead');
  });
});

describe('outsiders', () => {
  it.each([
    ['a plain user', 'user'],
    ['a manager', 'manager'],
  ] as const)('get not found from every member operation as %s', async (_, role) => {
    const { project, member } = await makeTeam(deps);
    const outsider = await makeActor(db, { role });
    const newcomer = await makeUser(db);
    const key = project.key;
    const attempts = [
      () => api.listMembers(outsider.actor, key),
      () => api.addMember(outsider.actor, { key, userId: newcomer.id }),
      () => api.addMember(outsider.actor, { key, userId: outsider.user.id }),
      () => api.updateMember(outsider.actor, { key, userId: member.user.id, role: 'viewer' }),
      () => api.removeMember(outsider.actor, { key, userId: member.user.id }),
    ];
    for (const attempt of attempts) expect((await rejectionOf(attempt())).code).toBe('E_NOT_FOUND');
    const roles = await rolesIn(key);
    expect(roles[member.user.id]).toBe('member');
    expect(roles).not.toHaveProperty(newcomer.id);
    expect(roles).not.toHaveProperty(outsider.user.id);
  });
});
