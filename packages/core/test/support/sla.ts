import type { Database } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';

/**
 * Moves a ticket back in time by `minutes`, as if it had been created (and last changed) that much
 * earlier: its clocks move with it, so the SLA job and the list see it older without waiting.
 */
export async function ageTicket(db: Database, ticketId: string, minutes: number): Promise<void> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  if (!row) throw new Error('no ticket');
  const back = (date: Date | null) => (date ? new Date(date.getTime() - minutes * 60_000) : null);
  await db
    .update(tickets)
    .set({
      createdAt: back(row.createdAt) ?? row.createdAt,
      updatedAt: back(row.updatedAt) ?? row.updatedAt,
      firstResponseDueAt: back(row.firstResponseDueAt),
      firstResponseWarnAt: back(row.firstResponseWarnAt),
      resolutionDueAt: back(row.resolutionDueAt),
      resolutionWarnAt: back(row.resolutionWarnAt),
      slaPausedAt: back(row.slaPausedAt),
    })
    .where(eq(tickets.id, ticketId));
}
