import type { Executor } from '@ticketing/db/client';
import { type ProjectRole, type ProjectRow, projectMembers, projects } from '@ticketing/db/schema';
import { and, eq, isNotNull, type Placeholder, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { forbidden, notFound } from '../errors.ts';
import { type ProjectPermission, projectPermissionsOf } from '../permissions.ts';

export interface ProjectAccess {
  project: ProjectRow;
  myRole: ProjectRole | null;
  permissions: ReadonlySet<ProjectPermission>;
}

/** Rows the actor may see: every row for an admin, else only where a membership row joined. */
export const visibleTo = (actor: Pick<Actor, 'role'>) =>
  actor.role === 'admin' ? sql`true` : isNotNull(projectMembers.userId);

/** The actor's membership row; the id may be a placeholder of a prepared query. */
export const membershipJoin = (actor: { userId: string | Placeholder }) =>
  and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, actor.userId));

/** Loads a project by key, scoped in the query: a project the actor cannot see is NOT_FOUND. */
export async function projectAccess(db: Executor, actor: Actor, key: string): Promise<ProjectAccess> {
  const [row] = await db
    .select({ project: projects, myRole: projectMembers.role })
    .from(projects)
    .leftJoin(projectMembers, membershipJoin(actor))
    .where(and(eq(sql`upper(${projects.key})`, key.toUpperCase()), visibleTo(actor)));
  if (!row) throw notFound('Project', { key });
  return { project: row.project, myRole: row.myRole, permissions: projectPermissionsOf(actor, row.myRole) };
}

export function assertProjectCan(access: Pick<ProjectAccess, 'permissions'>, permission: ProjectPermission): void {
  if (!access.permissions.has(permission)) throw forbidden();
}
