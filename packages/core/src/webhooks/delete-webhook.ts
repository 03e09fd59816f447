import { webhooks } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { webhookAccess } from './webhook-access.ts';
import { redactedUrl } from './webhook-url.ts';

/**
 * Deletes a webhook with its deliveries; their pending jobs find nothing and end. An attempt already
 * on the wire finishes, and its result is dropped.
 */
export async function deleteWebhook(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { webhook, project } = await webhookAccess(tx, actor, input.id, { forUpdate: true });
    await tx.delete(webhooks).where(eq(webhooks.id, webhook.id));
    await recordEvents(tx, actor, [
      {
        type: 'webhook.deleted',
        projectId: project.id,
        data: { webhookId: webhook.id, url: redactedUrl(webhook.url) },
      },
    ]);
  });
}
