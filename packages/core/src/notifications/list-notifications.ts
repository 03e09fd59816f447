import { events, notifications, projects, tickets, users } from '@ticketing/db/schema';
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { type ListNotificationsInput, type NotificationPage, notificationIdSchema } from './schemas.ts';
import { toNotification } from './to-notification.ts';
import { visibleTo } from './visible-notifications.ts';

const cursorKey = z.tuple([notificationIdSchema]);
// The ticket the event names (for the event's own `ticket`), beside the one the notification is about.
const eventTickets = alias(tickets, 'event_tickets');

/** Your notifications, newest first, keyset-paginated on id; one statement per page. */
export async function listNotifications(
  deps: Deps,
  actor: Actor,
  input: ListNotificationsInput,
): Promise<NotificationPage> {
  const before = input.cursor ? decodeCursor(input.cursor, cursorKey)[0] : undefined;
  const rows = await deps.db
    .select({
      notification: notifications,
      event: events,
      projectKey: projects.key,
      eventTicketKey: eventTickets.key,
      actorName: users.name,
      ticket: { id: tickets.id, key: tickets.key, title: tickets.title },
    })
    .from(notifications)
    .innerJoin(events, eq(events.id, notifications.eventId))
    .leftJoin(projects, eq(projects.id, events.projectId))
    .leftJoin(eventTickets, eq(eventTickets.id, events.ticketId))
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(tickets, eq(tickets.id, notifications.ticketId))
    .where(
      and(
        visibleTo(actor),
        input.unread ? isNull(notifications.readAt) : undefined,
        before === undefined ? undefined : lt(notifications.id, before),
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.notification.id]);
  return { items: page.items.map(toNotification), nextCursor: page.nextCursor };
}
