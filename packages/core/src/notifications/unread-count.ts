import { events, notifications } from '@ticketing/db/schema';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { UNREAD_COUNT_CAP, type UnreadCount } from './schemas.ts';
import { visibleTo } from './visible-notifications.ts';

/**
 * How many of your visible notifications are unread, up to UNREAD_COUNT_CAP: it walks the partial
 * index of unread notifications and stops at the cap, so a neglected inbox costs no more than that.
 */
export async function countUnread(deps: Deps, actor: Actor): Promise<UnreadCount> {
  const unread = deps.db
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(events, eq(events.id, notifications.eventId))
    .where(and(visibleTo(actor), isNull(notifications.readAt)))
    .limit(UNREAD_COUNT_CAP)
    .as('unread');
  const [row] = await deps.db.select({ unread: count() }).from(unread);
  return { unread: row?.unread ?? 0 };
}
