import { webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { EventConsumer } from '../events/consume.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { deliverWebhookJob } from './deliver-job.ts';

/**
 * Turns the event log into deliveries: for each event and each active webhook of its project that
 * wants its type (and existed when it happened), one webhook_deliveries row and one job, written in
 * the batch's transaction. The unique (webhook, event) index and the job's idempotency key (the
 * delivery id) keep it to one delivery each even if a batch were handed over twice. Events outside
 * projects (accounts, departments) have no webhooks.
 */
export const webhookConsumer: EventConsumer = {
  name: 'webhooks',
  from: 'now',
  async handle(tx, batch) {
    const projectIds = [...new Set(batch.flatMap((event) => (event.projectId ? [event.projectId] : [])))];
    if (projectIds.length === 0) return;
    const subscribed = await tx
      .select({
        id: webhooks.id,
        projectId: webhooks.projectId,
        eventTypes: webhooks.eventTypes,
        createdAt: webhooks.createdAt,
      })
      .from(webhooks)
      .where(and(inArray(webhooks.projectId, projectIds), eq(webhooks.active, true)));
    const wanted = batch.flatMap((event) =>
      subscribed
        .filter(
          (webhook) =>
            webhook.projectId === event.projectId &&
            (webhook.eventTypes === null || webhook.eventTypes.includes(event.type)) &&
            event.createdAt >= webhook.createdAt,
        )
        .map((webhook) => ({ webhookId: webhook.id, eventId: event.id })),
    );
    if (wanted.length === 0) return;
    const created = await tx
      .insert(webhookDeliveries)
      .values(wanted)
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id });
    for (const { id } of created) {
      await enqueueJob(tx, deliverWebhookJob, { deliveryId: id }, { idempotencyKey: id });
    }
  },
};
