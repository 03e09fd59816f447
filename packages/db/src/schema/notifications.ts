import { sql } from 'drizzle-orm';
import { bigint, index, pgEnum, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, timestampTz } from './columns.ts';
import { events } from './events.ts';
import { tickets } from './tickets.ts';
import { users } from './users.ts';

export const notificationReasons = [
  'assigned',
  'mentioned',
  'status',
  'commented',
  'updated',
  'webhook_disabled',
  // Issue 13: a rule's notify action, a rule turned off after failing, an SLA warning or breach.
  'automation',
  'rule_disabled',
  'sla',
] as const;
export type NotificationReason = (typeof notificationReasons)[number];
export const notificationReason = pgEnum('notification_reason', notificationReasons);

/** A person's inbox: one entry per event that concerns them, made by a consumer of the event log. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => events.id),
    ticketId: uuid().references(() => tickets.id),
    reason: notificationReason().notNull(),
    readAt: timestampTz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_once_idx').on(t.userId, t.eventId),
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId, t.id).where(sql`${t.readAt} is null`),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
