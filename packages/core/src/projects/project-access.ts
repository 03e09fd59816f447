import type { Executor } from '@ticketing/db/client';
import { on, perDatabase } from '@ticketing/db/per-database';
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

/** The project by key (upper-cased), with the actor's membership; built once per database and role kind. */
const preparedProjectAccess = perDatabase((executor) => {
  const prepare = (role: 'admin' | 'user') =>
    executor
      .select({ project: projects, myRole: projectMembers.role })
      .from(projects)
      .leftJoin(projectMembers, membershipJoin({ userId: sql.placeholder('userId') }))
      .where(and(eq(sql`upper(${projects.key})`, sql.placeholder('key')), visibleTo({ role })))
      .prepare(`project_access_${role}`);
  const admin = prepare('admin');
  const member = prepare('user');
  return (actor: Pick<Actor, 'role'>) => (actor.role === 'admin' ? admin : member);
});

/** Loads a project by key, scoped in the query: a project the actor cannot see is NOT_FOUND. */
export async function projectAccess(db: Executor, actor: Actor, key: string): Promise<ProjectAccess> {
  const [row] = await on(preparedProjectAccess(db)(actor), db).execute({
    userId: actor.userId,
    key: key.toUpperCase(),
  });
  if (!row) throw notFound('Project', { key });
  return { project: row.project, myRole: row.myRole, permissions: projectPermissionsOf(actor, row.myRole) };
}

export function assertProjectCan(access: Pick<ProjectAccess, 'permissions'>, permission: ProjectPermission): void {
  if (!access.permissions.has(permission)) throw forbidden();
}
