import type { Executor } from '@ticketing/db/client';
import { ticketHistory } from '@ticketing/db/schema';
import { and, asc, eq, gt } from 'drizzle-orm';

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
