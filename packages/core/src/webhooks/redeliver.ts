import { events, jobs, webhookDeliveries } from '@ticketing/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, notFound } from '../errors.ts';
import type { EventType } from '../events/catalog.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { deliverWebhookJob } from './deliver-job.ts';
import { deliveryColumns } from './list-deliveries.ts';
import type { Delivery } from './schemas.ts';
import { webhookAccess } from './webhook-access.ts';

/**
 * Sends a delivery again, as a new job with a fresh retry schedule (the same `webhook-id`, so a
 * receiver that already has it can tell). Refused while a job of the delivery is still waiting or
 * running: it is being delivered already.
 */
export async function redeliver(
  deps: Deps,
  actor: Actor,
  input: { id: string; deliveryId: string },
): Promise<Delivery> {
  return deps.db.transaction(async (tx) => {
    const { webhook } = await webhookAccess(tx, actor, input.id);
    // The row lock queues redeliveries of one delivery, so the second sees the first one's job.
    const [delivery] = await tx
      .select(deliveryColumns)
      .from(webhookDeliveries)
      .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.webhookId, webhook.id)))
      .for('update', { of: webhookDeliveries });
    if (!delivery) throw notFound('Delivery', { deliveryId: input.deliveryId });
    if (!webhook.active) {
      throw new DomainError('E_CONFLICT', 'The webhook is turned off; turn it on before redelivering', {
        webhookId: webhook.id,
      });
    }
    const live = await tx.$count(
      jobs,
      and(
        eq(jobs.queue, deliverWebhookJob.queue),
        inArray(jobs.state, ['pending', 'running']),
        sql`${jobs.payload}->>'deliveryId' = ${delivery.id}`,
      ),
    );
    if (live > 0) {
      throw new DomainError('E_CONFLICT', 'This delivery is still being attempted', {
        deliveryId: delivery.id,
        nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
      });
    }
    await enqueueJob(tx, deliverWebhookJob, { deliveryId: delivery.id });
    const [scheduled] = await tx
      .update(webhookDeliveries)
      .set({ state: 'pending', nextAttemptAt: sql`now()` })
      .where(eq(webhookDeliveries.id, delivery.id))
      .returning({ state: webhookDeliveries.state, nextAttemptAt: webhookDeliveries.nextAttemptAt });
    if (!scheduled) throw new Error('delivery update returned no row');
    return { ...delivery, ...scheduled, eventType: delivery.eventType as EventType };
  });
}
