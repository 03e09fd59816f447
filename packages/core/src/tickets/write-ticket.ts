import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { applyTicketChanges, type TicketChanges } from './apply-changes.ts';
import { hydrateTicket, toTicket } from './hydrate.ts';
import type { Ticket } from './schemas.ts';
import { ticketAccess } from './ticket-access.ts';

/** Locks one ticket, applies the changes under the version guard, commits, returns the new ticket. */
export async function writeTicket(
  deps: Deps,
  actor: Actor,
  key: string,
  version: number,
  changes: TicketChanges,
): Promise<Ticket> {
  // A change that leaves the ticket's people and labels alone answers with those read under the lock
  // (the version guard refuses a request that read them before another write): no read after commit.
  const keepsPeople = changes.assigneeIds === undefined && changes.labels === undefined;
  const written = await deps.db.transaction(async (tx) => {
    const access = await ticketAccess(tx, actor, key, { forUpdate: true, details: keepsPeople });
    assertNotArchived(access.project);
    return { row: await applyTicketChanges(tx, actor, access, version, changes), details: access.details };
  });
  return written.details ? toTicket({ ...written.row, ...written.details }) : hydrateTicket(deps.db, written.row);
}
