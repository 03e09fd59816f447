import { type WebhookRow, webhooks } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { EventData } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { acceptedUrl } from './accept-url.ts';
import type { UpdateWebhookInput, Webhook } from './schemas.ts';
import { toWebhook } from './to-webhook.ts';
import { webhookAccess } from './webhook-access.ts';
import { webhookConfigOf } from './webhook-config.ts';
import { redactedUrl } from './webhook-url.ts';

const sameTypes = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === null || b === null ? a === b : a.length === b.length && a.every((type) => b.includes(type));

/**
 * URL, event types and the active flag. Turning a webhook (back) on clears its failing streak and the
 * reason delivery gave for turning it off, so it gets a fresh three days.
 */
export async function updateWebhook(deps: Deps, actor: Actor, input: UpdateWebhookInput): Promise<Webhook> {
  const url = input.url === undefined ? undefined : acceptedUrl(input.url, webhookConfigOf(deps.config));
  return deps.db.transaction(async (tx) => {
    const { webhook, project } = await webhookAccess(tx, actor, input.id, { forUpdate: true });
    const patch: Partial<WebhookRow> = {};
    const changes: EventData<'webhook.updated'>['changes'] = {};
    if (url !== undefined && url !== webhook.url) {
      patch.url = url;
      changes.url = { old: redactedUrl(webhook.url), new: redactedUrl(url) };
    }
    if (input.eventTypes !== undefined && !sameTypes(input.eventTypes, webhook.eventTypes)) {
      patch.eventTypes = input.eventTypes;
      changes.eventTypes = { old: webhook.eventTypes, new: input.eventTypes };
    }
    if (input.active !== undefined && input.active !== webhook.active) {
      Object.assign(patch, { active: input.active }, input.active ? { failingSince: null, disabledReason: null } : {});
      changes.active = { old: webhook.active, new: input.active };
    }
    if (Object.keys(patch).length === 0) return toWebhook(webhook, project.key);
    const [row] = await tx.update(webhooks).set(patch).where(eq(webhooks.id, webhook.id)).returning();
    if (!row) throw new Error('webhook update returned no row');
    await recordEvents(tx, actor, [
      { type: 'webhook.updated', projectId: project.id, data: { webhookId: webhook.id, changes } },
    ]);
    return toWebhook(row, project.key);
  });
}
