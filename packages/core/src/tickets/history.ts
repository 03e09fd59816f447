import type { Executor } from '@ticketing/db/client';
import { type HistoryAction, ticketHistory } from '@ticketing/db/schema';
import { and, asc, eq, gt } from 'drizzle-orm';

export interface HistoryEntry {
  action: HistoryAction;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Writes the entries in the caller's transaction, so a change and its history commit together. */
export async function recordHistory(
  db: Executor,
  ticket: { id: string; version: number },
  actorId: string,
  entries: readonly HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(ticketHistory).values(
    entries.map((entry) => ({
      ticketId: ticket.id,
      actorId,
      action: entry.action,
      field: entry.field ?? null,
      oldValue: entry.oldValue ?? null,
      newValue: entry.newValue ?? null,
      version: ticket.version,
    })),
  );
}

/** Fields changed since `version`: what a stale writer is told in a conflict. */
export async function fieldsChangedSince(db: Executor, ticketId: string, version: number): Promise<string[]> {
  const rows = await db
    .select({ field: ticketHistory.field, action: ticketHistory.action })
    .from(ticketHistory)
    .where(and(eq(ticketHistory.ticketId, ticketId), gt(ticketHistory.version, version)))
    .orderBy(asc(ticketHistory.id));
  // Comments never conflict with edits; only field changes are reported.
  return [...new Set(rows.filter((row) => !row.action.startsWith('comment_')).map((row) => row.field ?? row.action))];
}
