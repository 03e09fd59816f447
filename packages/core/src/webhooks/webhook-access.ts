import type { Executor } from '@ticketing/db/client';
import { type ProjectRow, projectMembers, projects, type WebhookRow, webhooks } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { projectPermissionsOf } from '../permissions.ts';
import { assertProjectCan, membershipJoin, visibleTo } from '../projects/project-access.ts';

export interface WebhookAccess {
  webhook: WebhookRow;
  project: ProjectRow;
}

export interface WebhookAccessOptions {
  /** Lock the webhook row until the transaction ends (for writes). */
  forUpdate?: boolean;
}

/**
 * Loads a webhook by id for someone who manages its project (lead, manager in it, admin), scoped in
 * the query: a webhook of a project the actor cannot see is NOT_FOUND, as if it did not exist; one
 * they can see but not manage is FORBIDDEN.
 */
export async function webhookAccess(
  db: Executor,
  actor: Actor,
  id: string,
  options: WebhookAccessOptions = {},
): Promise<WebhookAccess> {
  const query = db
    .select({ webhook: webhooks, project: projects, myRole: projectMembers.role })
    .from(webhooks)
    .innerJoin(projects, eq(projects.id, webhooks.projectId))
    .leftJoin(projectMembers, membershipJoin(actor))
    .where(and(eq(webhooks.id, id), visibleTo(actor)));
  // NO KEY UPDATE: a consumer inserting this webhook's deliveries (a key-share lock, for the foreign
  // key) is not held up by a change of its settings.
  const [row] = options.forUpdate ? await query.for('no key update', { of: webhooks }) : await query;
  if (!row) throw notFound('Webhook', { id });
  assertProjectCan({ permissions: projectPermissionsOf(actor, row.myRole) }, 'project:manage');
  return { webhook: row.webhook, project: row.project };
}
