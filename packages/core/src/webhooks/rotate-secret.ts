import { webhooks } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import type { WebhookWithSecret } from './schemas.ts';
import { generateSecret, PREVIOUS_SECRET_HOURS } from './secrets.ts';
import { toWebhook } from './to-webhook.ts';
import { webhookAccess } from './webhook-access.ts';

/**
 * A new secret, shown this once. The one it replaces keeps signing (a second signature in
 * `webhook-signature`) for 24 hours, so a receiver can switch without losing a message; a secret
 * older than that, from an earlier rotation, stops at once.
 */
export async function rotateSecret(deps: Deps, actor: Actor, input: { id: string }): Promise<WebhookWithSecret> {
  return deps.db.transaction(async (tx) => {
    const { webhook, project } = await webhookAccess(tx, actor, input.id, { forUpdate: true });
    const secret = generateSecret();
    const [row] = await tx
      .update(webhooks)
      .set({
        secret,
        previousSecret: webhook.secret,
        previousSecretExpiresAt: sql`now() + make_interval(hours => ${PREVIOUS_SECRET_HOURS}::int)`,
      })
      .where(eq(webhooks.id, webhook.id))
      .returning();
    if (!row?.previousSecretExpiresAt) throw new Error('webhook update returned no row');
    await recordEvents(tx, actor, [
      {
        type: 'webhook.secret_rotated',
        projectId: project.id,
        data: { webhookId: row.id, previousSecretExpiresAt: row.previousSecretExpiresAt.toISOString() },
      },
    ]);
    return { ...toWebhook(row, project.key), secret };
  });
}
