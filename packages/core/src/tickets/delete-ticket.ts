import { ticketColumns, tickets } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { hydrateTicket } from './hydrate.ts';
import type { Ticket } from './schemas.ts';
import { ticketAccess } from './ticket-access.ts';

/** Soft delete (lead, manager, admin): the ticket leaves lists and searches and can be restored. */
export async function deleteTicket(deps: Deps, actor: Actor, input: { key: string }): Promise<Ticket> {
  return setDeleted(deps, actor, input.key, true);
}

export async function restoreTicket(deps: Deps, actor: Actor, input: { key: string }): Promise<Ticket> {
  return setDeleted(deps, actor, input.key, false);
}

async function setDeleted(deps: Deps, actor: Actor, key: string, deleted: boolean): Promise<Ticket> {
  const row = await deps.db.transaction(async (tx) => {
    const access = await ticketAccess(tx, actor, key, { forUpdate: true, deleted: !deleted });
    assertProjectCan(access, 'ticket:delete');
    assertNotArchived(access.project);
    const [row] = await tx
      .update(tickets)
      .set({ deletedAt: deleted ? new Date() : null, version: access.ticket.version + 1 })
      .where(eq(tickets.id, access.ticket.id))
      .returning(ticketColumns);
    if (!row) throw new Error('ticket update returned no row');
    await recordEvents(tx, actor, [
      {
        type: deleted ? 'ticket.deleted' : 'ticket.restored',
        projectId: row.projectId,
        ticketId: row.id,
        data: { key: row.key, version: row.version },
      },
    ]);
    return row;
  });
  return hydrateTicket(deps.db, row);
}
