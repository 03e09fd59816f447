import type { Executor } from '@ticketing/db/client';
import { projectMembers, projectRoles, projects, users, type WorkflowRow, workflows } from '@ticketing/db/schema';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { forbidden, notFound } from '../errors.ts';
import {
  can,
  globalProjectPermissions,
  type ProjectPermission,
  projectPermissionsOf,
  projectRolePermissions,
} from '../permissions.ts';
import { membershipJoin, visibleTo } from '../projects/project-access.ts';
import { definitionSchema, type Workflow } from './schemas.ts';

export interface WorkflowRowWithContext {
  workflow: WorkflowRow;
  projectKey: string | null;
  ownerName: string;
  myRole: (typeof projectMembers.$inferSelect)['role'] | null;
}

/** Rules the actor can see: those of projects they can read, and (admins) the global ones. */
export const workflowsVisibleTo = (actor: Actor) =>
  or(
    and(isNull(workflows.projectId), can(actor, 'workflows:global') ? sql`true` : sql`false`),
    and(sql`${workflows.projectId} is not null`, visibleTo(actor)),
  );

export function workflowsQuery(db: Executor, actor: Actor) {
  return db
    .select({ workflow: workflows, projectKey: projects.key, ownerName: users.name, myRole: projectMembers.role })
    .from(workflows)
    .innerJoin(users, eq(users.id, workflows.ownerId))
    .leftJoin(projects, eq(projects.id, workflows.projectId))
    .leftJoin(projectMembers, membershipJoin(actor))
    .$dynamic();
}

/** The project roles whose holders run a project (and so manage its rules). */
const managingRoles = projectRoles.filter((role) =>
  (projectRolePermissions[role] as readonly ProjectPermission[]).includes('project:manage'),
);

/**
 * Rules the actor manages, as canManage below says, in the query: those of projects where their
 * project role, or their global role with any membership (an admin: everywhere), runs the project;
 * the global ones for admins. Needs the joins of workflowsQuery.
 */
export const workflowsManagedBy = (actor: Actor) => {
  const everywhere = (globalProjectPermissions[actor.role] as readonly ProjectPermission[]).includes('project:manage');
  return or(
    and(isNull(workflows.projectId), can(actor, 'workflows:global') ? sql`true` : sql`false`),
    and(
      sql`${workflows.projectId} is not null`,
      visibleTo(actor),
      everywhere ? sql`true` : inArray(projectMembers.role, managingRoles),
    ),
  );
};

/** Whoever runs the project manages its rules; admins the global ones. */
export function canManage(actor: Actor, row: Pick<WorkflowRowWithContext, 'workflow' | 'myRole'>): boolean {
  if (row.workflow.projectId === null) return can(actor, 'workflows:global');
  return projectPermissionsOf(actor, row.myRole).has('project:manage');
}

/**
 * A rule by id that the actor manages, scoped in the query: one in a project they cannot see is
 * NOT_FOUND; one they can see but not manage, FORBIDDEN.
 */
export async function workflowAccess(db: Executor, actor: Actor, id: string): Promise<WorkflowRowWithContext> {
  const [row] = await workflowsQuery(db, actor).where(and(eq(workflows.id, id), workflowsVisibleTo(actor)));
  if (!row) throw notFound('Workflow', { id });
  if (!canManage(actor, row))
    throw forbidden('Only whoever runs the project (its lead, a manager, an admin) manages its rules');
  return row;
}

export function toWorkflow(row: WorkflowRowWithContext): Workflow {
  const { workflow } = row;
  // Stored as written through definitionSchema, so it parses as it did then.
  const definition = definitionSchema.parse(workflow.definition);
  return {
    id: workflow.id,
    name: workflow.name,
    projectKey: row.projectKey,
    owner: { id: workflow.ownerId, name: row.ownerName },
    enabled: workflow.enabled,
    version: workflow.version,
    ...definition,
    nextRunAt: workflow.nextRunAt,
    failures: workflow.failures,
    createdAt: workflow.createdAt,
    updatedAt: workflow.updatedAt,
  };
}
