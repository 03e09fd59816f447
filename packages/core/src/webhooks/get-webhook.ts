import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { Webhook } from './schemas.ts';
import { toWebhook } from './to-webhook.ts';
import { webhookAccess } from './webhook-access.ts';

export async function getWebhook(deps: Deps, actor: Actor, input: { id: string }): Promise<Webhook> {
  const { webhook, project } = await webhookAccess(deps.db, actor, input.id);
  return toWebhook(webhook, project.key);
}
