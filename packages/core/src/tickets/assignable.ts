import type { Executor } from '@ticketing/db/client';
import { projectMembers, users } from '@ticketing/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../errors.ts';

/** Assignees must be active users and members of the ticket's project (viewers included). */
export async function assertAssignable(db: Executor, projectId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await db
    .select({ id: users.id, active: users.active, member: projectMembers.userId })
    .from(users)
    .leftJoin(projectMembers, and(eq(projectMembers.userId, users.id), eq(projectMembers.projectId, projectId)))
    .where(inArray(users.id, [...userIds]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems: string[] = [];
  for (const id of userIds) {
    const row = byId.get(id);
    if (!row?.active) problems.push(`${id}: unknown or inactive user`);
    else if (!row.member) problems.push(`${id}: not a member of this project`);
  }
  if (problems.length > 0) {
    throw new DomainError('E_VALIDATION', `Cannot assign: ${problems.join('; ')}`, {
      fields: { assigneeIds: problems },
    });
  }
}
