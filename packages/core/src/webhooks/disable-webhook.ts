import type { Transaction } from '@ticketing/db/client';
import { notifications, webhooks } from '@ticketing/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { systemActor } from '../actor.ts';
import { recordEvents } from '../events/record-events.ts';
import { redactedUrl } from './webhook-url.ts';

/** Who turns a webhook off when its deliveries say so. */
export const DELIVERY_ACTOR = systemActor('webhook delivery');

/** No delivery succeeding for this long turns the webhook off. */
export const FAILING_DAYS = 3;

export interface DisableCause {
  reason: 'gone' | 'failing';
  responseStatus: number | null;
}

const reasonText = (cause: DisableCause) =>
  cause.reason === 'gone'
    ? 'The receiver answered 410 Gone'
    : `No delivery succeeded for ${FAILING_DAYS} days${cause.responseStatus ? ` (last answer ${cause.responseStatus})` : ''}`;

/**
 * Turns a webhook off in the caller's transaction, once: records `webhook.disabled` and tells the
 * person who created it, in their inbox. A webhook already off is left alone.
 */
export async function disableWebhook(tx: Transaction, webhookId: string, cause: DisableCause): Promise<void> {
  const [row] = await tx
    .update(webhooks)
    .set({ active: false, disabledReason: reasonText(cause), updatedAt: sql`now()` })
    .where(and(eq(webhooks.id, webhookId), eq(webhooks.active, true)))
    .returning();
  if (!row) return;
  const [eventId] = await recordEvents(tx, DELIVERY_ACTOR, [
    {
      type: 'webhook.disabled',
      projectId: row.projectId,
      data: {
        webhookId,
        url: redactedUrl(row.url),
        reason: cause.reason,
        failingSince: row.failingSince?.toISOString() ?? null,
        responseStatus: cause.responseStatus,
      },
    },
  ]);
  if (!row.createdBy || eventId === undefined) return;
  await tx
    .insert(notifications)
    .values({ userId: row.createdBy, eventId, reason: 'webhook_disabled' })
    .onConflictDoNothing();
}
