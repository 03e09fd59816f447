import type { Transaction } from '@ticketing/db/client';
import { tickets, ticketWatchers } from '@ticketing/db/schema';
import { inArray, sql } from 'drizzle-orm';
import type { InboxReason } from './inbox-rules.ts';

export interface NewNotification {
  userId: string;
  eventId: number;
  ticketId: string;
  reason: InboxReason;
}

/**
 * Inserts a batch's notifications (in event order, so ids follow events) and makes the people it
 * mentions watchers. A notification that exists already is left alone: a replayed batch changes nothing.
 *
 * Both inserts take a key-share lock on each ticket (the foreign keys), which a ticket write's
 * FOR UPDATE waits for and vice versa. A bulk update locks its tickets in key order (localeCompare,
 * which for ticket keys is byte order, i.e. collation "C"); taking ours in the same order first means
 * the two can wait for each other but never deadlock (notifications-concurrency.test.ts).
 */
export async function writeNotifications(
  tx: Transaction,
  rows: readonly NewNotification[],
  newWatchers: readonly { ticketId: string; userId: string }[],
): Promise<void> {
  const ticketIds = [...new Set([...rows, ...newWatchers].map((row) => row.ticketId))];
  if (ticketIds.length === 0) return;
  const locked = await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(inArray(tickets.id, ticketIds))
    .orderBy(sql`${tickets.key} collate "C"`)
    .for('key share');
  // Tickets are never removed today; if one were, its notifications would fail the batch for ever.
  const exists = new Set(locked.map((row) => row.id));
  const notify = rows.filter((row) => exists.has(row.ticketId));
  const watch = newWatchers.filter((row) => exists.has(row.ticketId));
  if (notify.length > 0) {
    const values = notify.map((row, n) => ({
      n,
      user_id: row.userId,
      event_id: row.eventId,
      ticket_id: row.ticketId,
      reason: row.reason,
    }));
    await tx.execute(sql`
      insert into notifications (user_id, event_id, ticket_id, reason)
      select r.user_id, r.event_id, r.ticket_id, r.reason::notification_reason
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
        as r(n int, user_id uuid, event_id bigint, ticket_id uuid, reason text)
      order by r.n
      on conflict (user_id, event_id) do nothing`);
  }
  if (watch.length > 0) {
    await tx.insert(ticketWatchers).values(watch).onConflictDoNothing();
  }
}
