import type { Executor } from '@ticketing/db/client';
import { projectMembers, projects } from '@ticketing/db/schema';
import { and, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';

/**
 * The ids of the projects a list may show: the requested ones (by key) the actor can see — every
 * project for an admin, else their memberships. Resolved first so the main query can use per-project
 * indexes. Null means "no restriction" (an admin asking for all projects).
 */
export async function projectScope(
  db: Executor,
  actor: Actor,
  keys: readonly string[] | undefined,
): Promise<string[] | null> {
  if (actor.role === 'admin' && !keys?.length) return null;
  const conditions: (SQL | undefined)[] = [keys?.length ? inArray(projects.key, [...keys]) : undefined];
  if (actor.role !== 'admin') {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(projectMembers)
          .where(and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, actor.userId))),
      ),
    );
  }
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(...conditions));
  return rows.map((row) => row.id);
}
