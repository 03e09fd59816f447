import type { Database } from '@ticketing/db/client';
import { webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { disableWebhook, FAILING_DAYS } from './disable-webhook.ts';
import type { AttemptResult } from './post-webhook.ts';
import type { Verdict } from './verdict.ts';

const stateOf = { succeeded: 'succeeded', retry: 'pending', failed: 'failed', gone: 'failed' } as const;

/**
 * Writes down one attempt of a delivery, in one transaction with what it means for the webhook: a
 * success ends its failing streak; a failure starts one, and one that has lasted FAILING_DAYS, or a
 * 410, turns the webhook off. Returns false when the delivery is gone (its webhook was deleted).
 */
export async function recordAttempt(
  db: Database,
  target: { deliveryId: string; webhookId: string },
  result: AttemptResult,
  verdict: Verdict,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [delivery] = await tx
      .update(webhookDeliveries)
      .set({
        state: stateOf[verdict.kind],
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        responseStatus: result.status,
        durationMs: result.durationMs,
        error: result.error,
        lastAttemptAt: sql`now()`,
        nextAttemptAt: verdict.kind === 'retry' ? verdict.at : null,
      })
      .where(eq(webhookDeliveries.id, target.deliveryId))
      .returning({ id: webhookDeliveries.id });
    if (!delivery) return false;
    // Bookkeeping, not a change of settings: updatedAt stays.
    const keepUpdatedAt = { updatedAt: sql`${webhooks.updatedAt}` };
    if (verdict.kind === 'succeeded') {
      await tx
        .update(webhooks)
        .set({ failingSince: null, ...keepUpdatedAt })
        .where(and(eq(webhooks.id, target.webhookId), isNotNull(webhooks.failingSince)));
      return true;
    }
    const cause = { responseStatus: result.status };
    if (verdict.kind === 'gone') {
      await disableWebhook(tx, target.webhookId, { reason: 'gone', ...cause });
      return true;
    }
    const [streak] = await tx
      .update(webhooks)
      .set({ failingSince: sql`coalesce(${webhooks.failingSince}, now())`, ...keepUpdatedAt })
      .where(and(eq(webhooks.id, target.webhookId), eq(webhooks.active, true)))
      .returning({
        expired: sql<boolean>`${webhooks.failingSince} <= now() - make_interval(days => ${FAILING_DAYS}::int)`,
      });
    if (streak?.expired) await disableWebhook(tx, target.webhookId, { reason: 'failing', ...cause });
    return true;
  });
}
