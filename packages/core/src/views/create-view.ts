import { savedViews } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { formatQuery } from '../query/format-query.ts';
import type { CreateViewInput, View } from './schemas.ts';
import { toView, viewAccess } from './view-access.ts';
import { assertValidViewQuery } from './view-query.ts';

/** A personal view, or one shared with a project (its lead, a manager in it, an admin). */
export async function createView(deps: Deps, actor: Actor, input: CreateViewInput): Promise<View> {
  // Structured filters are kept as their canonical text: a view is one query.
  const query = [input.filter ? formatQuery(input.filter) : '', input.query].filter(Boolean).join(' ');
  assertValidViewQuery(query);
  let projectId: string | null = null;
  if (input.projectKey) {
    const access = await projectAccess(deps.db, actor, input.projectKey);
    assertProjectCan(access, 'project:manage');
    projectId = access.project.id;
  }
  const [row] = await deps.db
    .insert(savedViews)
    .values({
      ownerId: actor.userId,
      projectId,
      name: input.name,
      query,
      sort: input.sort ?? null,
      order: input.order ?? null,
      columns: input.columns ?? null,
    })
    .returning({ id: savedViews.id });
  if (!row) throw new Error('view insert returned no row');
  return toView(actor, await viewAccess(deps.db, actor, row.id));
}
