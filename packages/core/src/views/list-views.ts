import { savedViews } from '@ticketing/db/schema';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { View } from './schemas.ts';
import { toView, viewsQuery, viewsVisibleTo } from './view-access.ts';

export const listViewsInput = z.object({}).optional();

/** Your personal views, then those shared with your projects, each by name. At most 500. */
export async function listViews(deps: Deps, actor: Actor): Promise<View[]> {
  const rows = await viewsQuery(deps.db, actor)
    .where(viewsVisibleTo(actor))
    .orderBy(sql`${savedViews.projectId} is not null`, asc(savedViews.name), asc(savedViews.id))
    .limit(500);
  return rows.map((row) => toView(actor, row));
}
