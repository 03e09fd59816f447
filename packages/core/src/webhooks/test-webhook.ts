import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { postWebhook } from './post-webhook.ts';
import type { WebhookTestResult } from './schemas.ts';
import { signingSecrets } from './secrets.ts';
import { webhookAccess } from './webhook-access.ts';
import { webhookConfigOf } from './webhook-config.ts';

/**
 * Sends a `webhook.test` message now, signed and guarded like every delivery (active or not), and
 * says how the receiver answered. Nothing is recorded: it is not an event, and it does not count
 * towards the failing streak.
 */
export async function testWebhook(deps: Deps, actor: Actor, input: { id: string }): Promise<WebhookTestResult> {
  const { webhook, project } = await webhookAccess(deps.db, actor, input.id);
  const body = JSON.stringify({
    type: 'webhook.test',
    createdAt: new Date().toISOString(),
    project: { id: project.id, key: project.key },
    data: { webhookId: webhook.id },
  });
  const result = await postWebhook(
    { url: webhook.url, id: `test_${randomUUID()}`, body, secrets: signingSecrets(webhook) },
    webhookConfigOf(deps.config),
  );
  return {
    ok: result.failure === null,
    responseStatus: result.status,
    durationMs: result.durationMs,
    error: result.error,
  };
}
