import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, timestampTz } from './columns.ts';
import { events } from './events.ts';
import { projects } from './projects.ts';
import { users } from './users.ts';

/**
 * A project's subscription: every event of the listed types (all when null) is POSTed to `url`,
 * signed the Standard Webhooks way with `secret`; during a rotation the previous secret signs too,
 * until `previousSecretExpiresAt`.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    eventTypes: text().array(),
    active: boolean().notNull().default(true),
    secret: text().notNull(),
    previousSecret: text(),
    previousSecretExpiresAt: timestampTz(),
    // When deliveries started failing without a success since; cleared by a success.
    failingSince: timestampTz(),
    disabledReason: text(),
    createdBy: uuid().references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('webhooks_project_idx').on(t.projectId)],
);

export const deliveryStates = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
export const deliveryState = pgEnum('delivery_state', deliveryStates);

/** One event for one webhook: its attempts so far and how the last one went. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => events.id),
    state: deliveryState().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    responseStatus: integer(),
    durationMs: integer(),
    error: text(),
    nextAttemptAt: timestampTz(),
    lastAttemptAt: timestampTz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_once_idx').on(t.webhookId, t.eventId),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt, t.id),
    index('webhook_deliveries_created_idx').on(t.createdAt).where(sql`${t.state} <> 'pending'`),
  ],
);

export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
