import type { Executor } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';
import { type AnyActor, isPerson } from '../actor.ts';
import { eventData, type NewEvent } from './catalog.ts';
import { historyEntriesOf } from './history-entries.ts';

/** The wake-up channel: NOTIFY is sent on commit, so listeners never hear of a rolled-back event. */
export const EVENTS_CHANNEL = 'ticketing_events';

/** How an actor is stored on an event: kind, the person behind it, and how they acted. */
export function actorColumnsOf(actor: AnyActor) {
  if (isPerson(actor) && actor.via.kind === 'automation') {
    const { ruleId, ruleName, runId, depth } = actor.via;
    return { kind: 'automation' as const, id: null, detail: { ruleId, ruleName, runId, depth, ownerId: actor.userId } };
  }
  if (isPerson(actor)) {
    const detail = actor.via.kind === 'token' ? { via: 'token', tokenId: actor.via.tokenId } : { via: 'session' };
    return { kind: 'user' as const, id: actor.userId, detail };
  }
  if (actor.kind === 'system') return { kind: 'system' as const, id: null, detail: { process: actor.process } };
  return { kind: 'automation' as const, id: null, detail: { ruleId: actor.ruleId } };
}

/**
 * The one call every domain write makes, inside its transaction: appends its events (and, for a
 * ticket, the history entries derived from them), so that a committed change always has its events
 * and a rolled-back one has none. Returns the new events' ids, in order.
 *
 * Before the first event takes an id, the transaction holds a shared advisory lock keyed on the id
 * sequence's last value (at most the ids it is about to get) until it ends: events_horizon() reads
 * those locks to tell readers below which id nothing is still in flight, so that no reader skips an
 * event that commits after a larger id. One statement: the lock, the wake-up, the events and the
 * history entries.
 */
export async function recordEvents(tx: Executor, actor: AnyActor, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const who = actorColumnsOf(actor);
  const rows = events.map((event) => ({
    type: event.type,
    project_id: event.projectId ?? null,
    ticket_id: event.ticketId ?? null,
    // Validated here too: an event is permanent, and consumers rely on its shape.
    data: eventData[event.type].parse(event.data),
  }));
  // A ticket's history entries, derived from its events, go in by the same statement.
  const history = events.flatMap((event) => {
    if (!event.ticketId || !('version' in event.data)) return [];
    const { ticketId } = event;
    const { version } = event.data;
    return historyEntriesOf(event).map((entry) => ({
      ticket_id: ticketId,
      action: entry.action,
      field: entry.field ?? null,
      old_value: entry.oldValue ?? null,
      new_value: entry.newValue ?? null,
      version,
    }));
  });
  const result = await tx.execute(sql`
    with gate as (
      select pg_advisory_xact_lock_shared(4611686018427387904 + last_value), pg_notify(${EVENTS_CHANNEL}, '')
      from events_id_seq
    ),
    recorded as (
      insert into events (type, project_id, ticket_id, actor_kind, actor_id, actor, data)
      select e.type, e.project_id, e.ticket_id, ${who.kind}::actor_kind, ${who.id}::uuid, ${JSON.stringify(who.detail)}::jsonb, e.data
      from gate, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as e(type text, project_id uuid, ticket_id uuid, data jsonb)
      returning id
    ),
    histories as (
      insert into ticket_history (ticket_id, actor_id, actor_kind, action, field, old_value, new_value, version)
      select h.ticket_id, ${who.id}::uuid, ${who.kind}::actor_kind, h.action::history_action, h.field, h.old_value,
        h.new_value, h.version
      from jsonb_to_recordset(${JSON.stringify(history)}::jsonb)
        as h(ticket_id uuid, action text, field text, old_value jsonb, new_value jsonb, version integer)
    )
    select id::text from recorded order by id`);
  const ids = rowsOf<{ id: string }>(result).map((row) => Number(row.id));
  if (ids.length !== events.length) throw new Error('event insert returned too few rows');
  return ids;
}
