import { events, notifications, projectMembers } from '@ticketing/db/schema';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';

/**
 * The caller's own notifications that they may still see: about no project, or about a project they
 * can read now (every project for an admin). A member who leaves a project stops seeing its
 * notifications, like everything else in it. Needs `events` joined on the notification's event.
 */
export function visibleTo(actor: Actor): SQL | undefined {
  const own = eq(notifications.userId, actor.userId);
  if (actor.role === 'admin') return own;
  const member = sql`exists (select 1 from ${projectMembers} where ${projectMembers.projectId} = ${events.projectId} and ${projectMembers.userId} = ${actor.userId})`;
  return and(own, or(isNull(events.projectId), member));
}
