import type { Transaction } from '@ticketing/db/client';
import { type EventRow, ticketWatchers } from '@ticketing/db/schema';
import { inArray } from 'drizzle-orm';
import { eventData } from '../events/catalog.ts';
import type { EventConsumer } from '../events/consume.ts';
import { descriptionsAtCreation } from './description-at-creation.ts';
import { findMentioned } from './find-mentioned.ts';
import { type InboxRule, isTicketEventType, ruleOf, type TicketEvent } from './inbox-rules.ts';
import { addedMentions } from './mentions.ts';
import { readableBy, readerKey } from './readable-by.ts';
import { recipientsOf } from './recipients.ts';
import { type NewNotification, writeNotifications } from './write-notifications.ts';

interface TicketEventRow {
  id: number;
  actorId: string | null;
  projectId: string;
  ticketId: string;
  event: TicketEvent;
}

function ticketEventOf(row: EventRow): TicketEventRow | undefined {
  const { id, actorId, projectId, ticketId, type } = row;
  if (!projectId || !ticketId || !isTicketEventType(type)) return undefined;
  const parsed = eventData[type].safeParse(row.data);
  // recordEvents validated it on the way in. One this code cannot read is passed over rather than
  // stopping everyone's inbox behind it.
  if (!parsed.success) return undefined;
  return { id, actorId, projectId, ticketId, event: { type, data: parsed.data } as TicketEvent };
}

async function watchersOf(tx: Transaction, ticketIds: readonly string[]): Promise<Map<string, Set<string>>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await tx
    .select({ ticketId: ticketWatchers.ticketId, userId: ticketWatchers.userId })
    .from(ticketWatchers)
    .where(inArray(ticketWatchers.ticketId, [...ticketIds]));
  const watchers = new Map<string, Set<string>>();
  for (const row of rows) watchers.set(row.ticketId, (watchers.get(row.ticketId) ?? new Set()).add(row.userId));
  return watchers;
}

const mentionedHandles = (rule: InboxRule) =>
  rule.mentions ? addedMentions(rule.mentions.before, rule.mentions.after) : [];

/**
 * The inbox: turns ticket and comment events into notifications for the people they concern
 * (inbox-rules.ts), inside the batch transaction that advances the consumer, so each is made once
 * however many server processes run it. Off the write path: a slow inbox never slows a write.
 *
 * Watchers are read when the batch runs (see InboxRule.watchedBy); people a text mentions start
 * watching, for the events after it too. A fixed number of statements per batch.
 */
export const inboxConsumer: EventConsumer = {
  name: 'inbox',
  from: 'now',
  async handle(tx, batch) {
    const rows = batch.flatMap((row) => ticketEventOf(row) ?? []);
    if (rows.length === 0) return;
    const created = rows.filter((row) => row.event.type === 'ticket.created').map((row) => row.id);
    const descriptions = await descriptionsAtCreation(tx, created);
    const ruled = rows.map((row) => ({
      ...row,
      rule: ruleOf(row.event, { descriptionAtCreation: descriptions.get(row.id) ?? '' }),
    }));
    const mentioned = await findMentioned(
      tx,
      ruled.flatMap((row) => {
        const handles = mentionedHandles(row.rule);
        return handles.length > 0 ? [{ eventId: row.id, projectId: row.projectId, handles }] : [];
      }),
    );
    const unknownWatchers = ruled.filter((row) => row.rule.watchedBy === undefined);
    const watchers = await watchersOf(tx, [...new Set(unknownWatchers.map((row) => row.ticketId))]);

    // In id order: someone a text mentions watches from then on, for the rest of the batch too.
    const planned = ruled.map((row) => {
      const watching = watchers.get(row.ticketId) ?? new Set<string>();
      const recipients = recipientsOf({
        actorId: row.actorId,
        assigned: row.rule.assigned ?? [],
        mentioned: mentioned.get(row.id) ?? [],
        watchers: row.rule.watchedBy ?? [...watching],
        watcherReason: row.rule.watchers,
      });
      for (const [userId, reason] of recipients) if (reason === 'mentioned') watching.add(userId);
      watchers.set(row.ticketId, watching);
      return { row, recipients };
    });

    const readable = await readableBy(
      tx,
      planned.flatMap(({ row, recipients }) =>
        [...recipients.keys()].map((userId) => ({ projectId: row.projectId, userId })),
      ),
    );
    const notifications: NewNotification[] = planned.flatMap(({ row, recipients }) =>
      [...recipients]
        .filter(([userId]) => readable.has(readerKey({ projectId: row.projectId, userId })))
        .map(([userId, reason]) => ({ userId, eventId: row.id, ticketId: row.ticketId, reason })),
    );
    const newWatchers = notifications
      .filter((notification) => notification.reason === 'mentioned')
      .map(({ ticketId, userId }) => ({ ticketId, userId }));
    await writeNotifications(tx, notifications, newWatchers);
  },
};
