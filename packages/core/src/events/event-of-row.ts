import type { EventRow } from '@ticketing/db/schema';
import type { Event } from './schemas.ts';

/** An event row with the names its references have now (left joins: null when gone). */
export interface JoinedEventRow {
  event: EventRow;
  projectKey: string | null;
  ticketKey: string | null;
  actorName: string | null;
}

/** An event as every API shows it (the feed, the stream, webhooks, the inbox), from its row. */
export function eventOfRow({ event, projectKey, ticketKey, actorName }: JoinedEventRow): Event {
  const detail = event.actor as { via?: 'session' | 'token' };
  // The row's type and data were written together from the catalog (recordEvents), so they match.
  return {
    id: event.id,
    type: event.type,
    createdAt: event.createdAt,
    project: event.projectId && projectKey ? { id: event.projectId, key: projectKey } : null,
    ticket: event.ticketId && ticketKey ? { id: event.ticketId, key: ticketKey } : null,
    actor: {
      kind: event.actorKind,
      user: event.actorId && actorName !== null ? { id: event.actorId, name: actorName } : null,
      via: detail.via ?? null,
    },
    data: event.data,
  } as Event;
}
