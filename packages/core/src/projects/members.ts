import type { ProjectRole } from '@ticketing/db/schema';
import { projectMembers, users } from '@ticketing/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, notFound } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertActiveUser } from '../users/assert-active-user.ts';
import { assertProjectCan, projectAccess } from './project-access.ts';
import type { Member } from './schemas.ts';

const memberColumns = {
  userId: projectMembers.userId,
  name: users.name,
  email: users.email,
  role: projectMembers.role,
  createdAt: projectMembers.createdAt,
};

export async function listMembers(deps: Deps, actor: Actor, input: { key: string }): Promise<Member[]> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:read');
  return deps.db
    .select(memberColumns)
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, access.project.id))
    .orderBy(asc(users.name), asc(users.id));
}

async function memberOf(deps: Deps, projectId: string, userId: string): Promise<Member> {
  const [row] = await deps.db
    .select(memberColumns)
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  if (!row) throw notFound('Member', { userId });
  return row;
}

export async function addMember(
  deps: Deps,
  actor: Actor,
  input: { key: string; userId: string; role: ProjectRole },
): Promise<Member> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  await assertActiveUser(deps.db, input.userId, 'userId');
  const { project } = access;
  await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(projectMembers)
      .values({ projectId: project.id, userId: input.userId, role: input.role })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) {
      throw new DomainError('E_CONFLICT', 'Already a member of this project', { userId: input.userId });
    }
    await recordEvents(tx, actor, [
      {
        type: 'member.added',
        projectId: project.id,
        data: { key: project.key, userId: input.userId, role: input.role },
      },
    ]);
  });
  return memberOf(deps, project.id, input.userId);
}

export async function updateMember(
  deps: Deps,
  actor: Actor,
  input: { key: string; userId: string; role: ProjectRole },
): Promise<Member> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  const { project } = access;
  if (project.leadId === input.userId && input.role !== 'lead') {
    throw new DomainError('E_CONFLICT', 'The project lead stays a lead; name another lead first', {
      userId: input.userId,
    });
  }
  await deps.db.transaction(async (tx) => {
    const membership = and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, input.userId));
    const [before] = await tx
      .select({ role: projectMembers.role })
      .from(projectMembers)
      .where(membership)
      .for('update');
    if (!before) throw notFound('Member', { userId: input.userId });
    if (before.role === input.role) return;
    await tx.update(projectMembers).set({ role: input.role }).where(membership);
    await recordEvents(tx, actor, [
      {
        type: 'member.updated',
        projectId: project.id,
        data: { key: project.key, userId: input.userId, from: before.role, to: input.role },
      },
    ]);
  });
  return memberOf(deps, project.id, input.userId);
}

export async function removeMember(deps: Deps, actor: Actor, input: { key: string; userId: string }): Promise<void> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  const { project } = access;
  if (project.leadId === input.userId) {
    throw new DomainError('E_CONFLICT', 'The project lead cannot be removed; name another lead first', {
      userId: input.userId,
    });
  }
  await deps.db.transaction(async (tx) => {
    const removed = await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, input.userId)))
      .returning({ role: projectMembers.role });
    const [member] = removed;
    if (!member) throw notFound('Member', { userId: input.userId });
    await recordEvents(tx, actor, [
      {
        type: 'member.removed',
        projectId: project.id,
        data: { key: project.key, userId: input.userId, role: member.role },
      },
    ]);
  });
}
