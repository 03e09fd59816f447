import type { WebhookRow } from '@ticketing/db/schema';
import type { EventType } from '../events/catalog.ts';
import type { Webhook } from './schemas.ts';

/** A webhook as the API shows it: never a secret. */
export function toWebhook(row: WebhookRow, projectKey: string): Webhook {
  return {
    id: row.id,
    projectKey,
    url: row.url,
    // Written only from validated input, so every entry is a catalog type.
    eventTypes: row.eventTypes as EventType[] | null,
    active: row.active,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
