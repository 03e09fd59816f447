import type { Executor } from '@ticketing/db/client';
import { projectMembers, projects, type SavedViewRow, savedViews, users } from '@ticketing/db/schema';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { projectPermissionsOf } from '../permissions.ts';
import { membershipJoin, visibleTo } from '../projects/project-access.ts';
import type { View } from './schemas.ts';

export interface ViewRowWithContext {
  view: SavedViewRow;
  projectKey: string | null;
  ownerName: string;
  /** The caller's role in the view's project (null: none, or a personal view). */
  myRole: (typeof projectMembers.$inferSelect)['role'] | null;
}

/** Views the actor may see: their personal ones, and those shared with a project they can read. */
export const viewsVisibleTo = (actor: Actor) =>
  or(
    and(isNull(savedViews.projectId), eq(savedViews.ownerId, actor.userId)),
    and(sql`${savedViews.projectId} is not null`, visibleTo(actor)),
  );

export function viewsQuery(db: Executor, actor: Actor) {
  return db
    .select({ view: savedViews, projectKey: projects.key, ownerName: users.name, myRole: projectMembers.role })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .leftJoin(projects, eq(projects.id, savedViews.projectId))
    .leftJoin(projectMembers, membershipJoin(actor))
    .$dynamic();
}

/** A view by id, scoped in the query: one the actor cannot see is NOT_FOUND. */
export async function viewAccess(db: Executor, actor: Actor, id: string): Promise<ViewRowWithContext> {
  const [row] = await viewsQuery(db, actor).where(and(eq(savedViews.id, id), viewsVisibleTo(actor)));
  if (!row) throw notFound('View', { id });
  return row;
}

/** Personal views are their owner's; shared ones are run by whoever runs the project. */
export function canEdit(actor: Actor, row: ViewRowWithContext): boolean {
  if (row.view.projectId === null) return row.view.ownerId === actor.userId;
  return projectPermissionsOf(actor, row.myRole).has('project:manage');
}

export function toView(actor: Actor, row: ViewRowWithContext): View {
  const { view } = row;
  return {
    id: view.id,
    name: view.name,
    query: view.query,
    sort: (view.sort as View['sort']) ?? null,
    order: (view.order as View['order']) ?? null,
    columns: (view.columns as View['columns']) ?? null,
    projectKey: row.projectKey,
    owner: { id: view.ownerId, name: row.ownerName },
    editable: canEdit(actor, row),
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
