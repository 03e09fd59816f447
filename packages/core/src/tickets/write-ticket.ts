import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { applyTicketChanges, type TicketChanges } from './apply-changes.ts';
import { hydrateTicket } from './hydrate.ts';
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
  const row = await deps.db.transaction(async (tx) => {
    const access = await ticketAccess(tx, actor, key, { forUpdate: true });
    assertNotArchived(access.project);
    return applyTicketChanges(tx, actor, access, version, changes);
  });
  return hydrateTicket(deps.db, row);
}
