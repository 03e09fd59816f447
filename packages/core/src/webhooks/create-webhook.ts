import { projects, webhooks } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { acceptedUrl } from './accept-url.ts';
import type { CreateWebhookInput, WebhookWithSecret } from './schemas.ts';
import { generateSecret } from './secrets.ts';
import { toWebhook } from './to-webhook.ts';
import { webhookConfigOf } from './webhook-config.ts';
import { redactedUrl } from './webhook-url.ts';

/** Each event is delivered to every webhook of its project: the cap bounds that fan-out. */
export const MAX_WEBHOOKS_PER_PROJECT = 20;

/** A new webhook of a project (lead, manager in it, admin), with its secret, shown this once. */
export async function createWebhook(deps: Deps, actor: Actor, input: CreateWebhookInput): Promise<WebhookWithSecret> {
  const url = acceptedUrl(input.url, webhookConfigOf(deps.config));
  return deps.db.transaction(async (tx) => {
    const access = await projectAccess(tx, actor, input.key);
    assertProjectCan(access, 'project:manage');
    const { project } = access;
    // Creations in one project queue here, so the cap holds under concurrency. NO KEY UPDATE does
    // not block the key-share locks that inserting tickets takes on the project.
    await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, project.id)).for('no key update');
    if ((await tx.$count(webhooks, eq(webhooks.projectId, project.id))) >= MAX_WEBHOOKS_PER_PROJECT) {
      throw new DomainError('E_CONFLICT', `A project has at most ${MAX_WEBHOOKS_PER_PROJECT} webhooks`, {
        limit: MAX_WEBHOOKS_PER_PROJECT,
      });
    }
    const secret = generateSecret();
    const eventTypes = input.eventTypes ?? null;
    const [row] = await tx
      .insert(webhooks)
      .values({ projectId: project.id, url, eventTypes, active: input.active, secret, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('webhook insert returned no row');
    await recordEvents(tx, actor, [
      {
        type: 'webhook.created',
        projectId: project.id,
        data: { webhookId: row.id, url: redactedUrl(url), eventTypes, active: row.active },
      },
    ]);
    return { ...toWebhook(row, project.key), secret };
  });
}
