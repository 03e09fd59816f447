import { webhooks } from '@ticketing/db/schema';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import type { Webhook } from './schemas.ts';
import { toWebhook } from './to-webhook.ts';

/** A project's webhooks, oldest first (at most MAX_WEBHOOKS_PER_PROJECT, so no pages). */
export async function listWebhooks(deps: Deps, actor: Actor, input: { key: string }): Promise<Webhook[]> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  const rows = await deps.db
    .select()
    .from(webhooks)
    .where(eq(webhooks.projectId, access.project.id))
    .orderBy(asc(webhooks.createdAt), asc(webhooks.id));
  return rows.map((row) => toWebhook(row, access.project.key));
}
