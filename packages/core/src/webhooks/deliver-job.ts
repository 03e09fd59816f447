import type { Database } from '@ticketing/db/client';
import { webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob, GiveUp, RetryAt } from '../jobs/define-job.ts';
import { eventPayload } from './event-payload.ts';
import { postWebhook } from './post-webhook.ts';
import { recordAttempt } from './record-attempt.ts';
import { MAX_ATTEMPTS } from './retry-schedule.ts';
import { signingSecrets } from './secrets.ts';
import { verdictOf } from './verdict.ts';
import { webhookConfigOf } from './webhook-config.ts';

/** A pending delivery of a disabled webhook is closed without being sent. */
async function closeUnsent(db: Database, deliveryId: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ state: 'failed', nextAttemptAt: null, error: 'Not sent: the webhook is disabled' })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.state, 'pending')));
}

/**
 * One attempt of one delivery. The job runner gives at-least-once (a process killed mid-POST leaves
 * the job to be claimed again when its lease runs out), so a receiver may see a message twice: the
 * `webhook-id` (the delivery's id) is the same every time, for it to drop repeats. The schedule
 * lives here, not in the runner: each retry is a RetryAt at the time the delivery records.
 */
export const deliverWebhookJob = defineJob({
  queue: 'webhooks.deliver',
  payload: z.object({ deliveryId: z.uuid() }),
  maxAttempts: MAX_ATTEMPTS,
  // The attempt's own bound (WEBHOOK_TIMEOUT_MS), with room for the bookkeeping around it.
  timeoutMs: (deps) => webhookConfigOf(deps.config).timeoutMs + 5_000,
  handle: async ({ deliveryId }, { deps, attempt, signal }) => {
    const config = webhookConfigOf(deps.config);
    const [target] = await deps.db
      .select({ delivery: webhookDeliveries, webhook: webhooks })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(eq(webhookDeliveries.id, deliveryId));
    // Deleted with its webhook: nothing left to deliver.
    if (!target) return;
    const { delivery, webhook } = target;
    if (!webhook.active) return closeUnsent(deps.db, deliveryId);
    const event = await eventPayload(deps.db, delivery.eventId);
    const result = await postWebhook(
      { url: webhook.url, id: delivery.id, body: JSON.stringify(event), secrets: signingSecrets(webhook) },
      config,
      signal,
    );
    const verdict = verdictOf(result, attempt, config.retryScale);
    const recorded = await recordAttempt(deps.db, { deliveryId, webhookId: webhook.id }, result, verdict);
    if (!recorded || verdict.kind === 'succeeded') return;
    const error = result.error ?? 'delivery failed';
    if (verdict.kind === 'retry') throw new RetryAt(error, verdict.at);
    throw new GiveUp(error);
  },
});
