import type { ProjectRole } from '@ticketing/db/schema';
import { projectMembers, users } from '@ticketing/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, notFound } from '../errors.ts';
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
  const inserted = await deps.db
    .insert(projectMembers)
    .values({ projectId: access.project.id, userId: input.userId, role: input.role })
    .onConflictDoNothing()
    .returning();
  if (inserted.length === 0)
    throw new DomainError('E_CONFLICT', 'Already a member of this project', { userId: input.userId });
  return memberOf(deps, access.project.id, input.userId);
}

export async function updateMember(
  deps: Deps,
  actor: Actor,
  input: { key: string; userId: string; role: ProjectRole },
): Promise<Member> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  if (access.project.leadId === input.userId && input.role !== 'lead') {
    throw new DomainError('E_CONFLICT', 'The project lead stays a lead; name another lead first', {
      userId: input.userId,
    });
  }
  const updated = await deps.db
    .update(projectMembers)
    .set({ role: input.role })
    .where(and(eq(projectMembers.projectId, access.project.id), eq(projectMembers.userId, input.userId)))
    .returning();
  if (updated.length === 0) throw notFound('Member', { userId: input.userId });
  return memberOf(deps, access.project.id, input.userId);
}

export async function removeMember(deps: Deps, actor: Actor, input: { key: string; userId: string }): Promise<void> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  if (access.project.leadId === input.userId) {
    throw new DomainError('E_CONFLICT', 'The project lead cannot be removed; name another lead first', {
      userId: input.userId,
    });
  }
  const removed = await deps.db
    .delete(projectMembers)
    .where(and(eq(projectMembers.projectId, access.project.id), eq(projectMembers.userId, input.userId)))
    .returning();
  if (removed.length === 0) throw notFound('Member', { userId: input.userId });
}
