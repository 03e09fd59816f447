import type { Executor } from '@ticketing/db/client';
import { events } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { readEvents } from '../events/read-events.ts';
import type { Event } from '../events/schemas.ts';

/**
 * One event exactly as the API shows it (events.list, the audit log): what a webhook POSTs. Read
 * through readEvents like every reader of the log; the event is settled, since the consumer saw it.
 */
export async function eventPayload(db: Executor, eventId: number): Promise<Event> {
  const page = await readEvents(db, { after: eventId - 1, limit: 1, where: [eq(events.id, eventId)] });
  const [event] = page.items;
  if (!event) throw new Error(`event ${eventId} is not readable yet`);
  return event;
}
