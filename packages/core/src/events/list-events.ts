import { events } from '@ticketing/db/schema';
import { inArray, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { projectScope } from '../projects/project-scope.ts';
import { readEvents } from './read-events.ts';
import type { EventPage, ListEventsInput } from './schemas.ts';

/**
 * The pull feed for tools that cannot take webhooks: events of the projects the caller may read
 * (optionally some of them, some types), oldest first after `after`. Account events (users, tokens,
 * departments) are not here but in the admin audit log.
 */
export async function listEvents(deps: Deps, actor: Actor, input: ListEventsInput): Promise<EventPage> {
  const scope = await projectScope(deps.db, actor, input.projectKeys);
  if (scope?.length === 0) return { items: [], nextAfter: input.after };
  return readEvents(deps.db, {
    after: input.after,
    limit: input.limit,
    where: [
      scope ? inArray(events.projectId, scope) : isNotNull(events.projectId),
      input.types?.length ? inArray(events.type, input.types) : undefined,
    ],
  });
}
