import type { EventRow, NotificationRow } from '@ticketing/db/schema';
import { eventOfRow } from '../events/event-of-row.ts';
import type { Notification } from './schemas.ts';

export interface NotificationJoinRow {
  notification: NotificationRow;
  event: EventRow;
  projectKey: string | null;
  eventTicketKey: string | null;
  actorName: string | null;
  ticket: { id: string; key: string; title: string } | null;
}

export function toNotification(row: NotificationJoinRow): Notification {
  const { notification } = row;
  return {
    id: notification.id,
    reason: notification.reason,
    read: notification.readAt !== null,
    createdAt: notification.createdAt,
    ticket: row.ticket,
    event: eventOfRow({
      event: row.event,
      projectKey: row.projectKey,
      ticketKey: row.eventTicketKey,
      actorName: row.actorName,
    }),
  };
}
