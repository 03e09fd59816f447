import type { Actor } from '@ticketing/core/actor';
import type { NewEvent } from '@ticketing/core/events/catalog';
import { historyEntriesOf } from '@ticketing/core/events/history-entries';
import { actorColumnsOf } from '@ticketing/core/events/record-events';
import type postgres from 'postgres';
import { prepared } from './rows.ts';
import { RECORD_EVENTS } from './statements.ts';

/**
 * The events of a ticket write and the history entries derived from them (core's own derivation), in
 * the caller's transaction, with the horizon lock and the NOTIFY that core's recordEvents takes and
 * sends: one statement.
 */
export async function recordEvents(tx: postgres.TransactionSql, actor: Actor, events: readonly NewEvent[]) {
  const who = actorColumnsOf(actor);
  const rows = events.map((event) => ({
    type: event.type,
    project_id: event.projectId ?? null,
    ticket_id: event.ticketId ?? null,
    data: event.data,
  }));
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
  await tx.unsafe(
    RECORD_EVENTS,
    [who.kind, who.id, JSON.stringify(who.detail), JSON.stringify(rows), JSON.stringify(history)],
    prepared,
  );
}
