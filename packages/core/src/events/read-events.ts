import type { Executor } from '@ticketing/db/client';
import { events, projects, tickets, users } from '@ticketing/db/schema';
import { and, asc, eq, gt, lt, type SQL } from 'drizzle-orm';
import { eventOfRow } from './event-of-row.ts';
import { eventsHorizon } from './horizon.ts';
import type { EventPage } from './schemas.ts';

/**
 * A page of events after `after`, oldest first, among those matching `where`. Only settled events
 * are read (below the horizon, by a statement that starts after it was taken), so a page never
 * skips an event that commits later with a smaller id. When the page is not full, `nextAfter`
 * moves past everything settled: nothing below it can still appear.
 */
export async function readEvents(
  db: Executor,
  options: { after: number; limit: number; where: (SQL | undefined)[] },
): Promise<EventPage> {
  const horizon = await eventsHorizon(db);
  const rows = await db
    .select({
      event: events,
      projectKey: projects.key,
      ticketKey: tickets.key,
      actorName: users.name,
    })
    .from(events)
    .leftJoin(projects, eq(projects.id, events.projectId))
    .leftJoin(tickets, eq(tickets.id, events.ticketId))
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(gt(events.id, options.after), lt(events.id, horizon), ...options.where))
    .orderBy(asc(events.id))
    .limit(options.limit);
  const items = rows.map(eventOfRow);
  const last = items.at(-1);
  const full = items.length === options.limit;
  return { items, nextAfter: full && last ? last.id : Math.max(options.after, last?.id ?? 0, horizon - 1) };
}
