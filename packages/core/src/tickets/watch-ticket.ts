import { ticketWatchers } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { ticketAccess } from './ticket-access.ts';

/** Watching is idempotent: watching twice or unwatching a ticket you do not watch is fine. */
export async function setWatching(
  deps: Deps,
  actor: Actor,
  input: { key: string; watching: boolean },
): Promise<{ watching: boolean }> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const row = { ticketId: access.ticket.id, userId: actor.userId };
  if (input.watching) {
    await deps.db.insert(ticketWatchers).values(row).onConflictDoNothing();
  } else {
    await deps.db
      .delete(ticketWatchers)
      .where(and(eq(ticketWatchers.ticketId, row.ticketId), eq(ticketWatchers.userId, row.userId)));
  }
  return { watching: input.watching };
}

/** Whether the actor watches the ticket (reporters and assignees start out watching). */
export async function isWatching(deps: Deps, actor: Actor, input: { key: string }): Promise<{ watching: boolean }> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const [row] = await deps.db
    .select({ userId: ticketWatchers.userId })
    .from(ticketWatchers)
    .where(and(eq(ticketWatchers.ticketId, access.ticket.id), eq(ticketWatchers.userId, actor.userId)));
  return { watching: row !== undefined };
}

export const watchingSchema = z.object({ watching: z.boolean() });
