import { events } from '@ticketing/db/schema';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertCan } from '../permissions.ts';
import { readEvents } from './read-events.ts';
import type { AuditLogInput, EventPage } from './schemas.ts';

/** Everything that happened, every project and every account, for admins: the audit log. */
export async function auditLog(deps: Deps, actor: Actor, input: AuditLogInput): Promise<EventPage> {
  assertCan(actor, 'audit:read');
  return readEvents(deps.db, {
    after: input.after,
    limit: input.limit,
    where: [
      input.types?.length ? inArray(events.type, input.types) : undefined,
      input.actor ? eq(events.actorId, input.actor) : undefined,
    ],
  });
}
