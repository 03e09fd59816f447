import { notifications } from '@ticketing/db/schema';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { MarkReadInput, UnreadCount } from './schemas.ts';
import { countUnread } from './unread-count.ts';

/**
 * Marks some of your notifications read, or all of them; returns what is left unread. The update is
 * scoped to you: someone else's id (or one that does not exist) matches nothing and is ignored, so
 * the answer says nothing about other people's notifications. Marking one read twice is harmless.
 */
export async function markRead(deps: Deps, actor: Actor, input: MarkReadInput): Promise<UnreadCount> {
  await deps.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
        input.all ? undefined : inArray(notifications.id, input.ids ?? []),
      ),
    );
  return countUnread(deps, actor);
}
