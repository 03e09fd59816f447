import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { hydrateTicket } from './hydrate.ts';
import type { Ticket } from './schemas.ts';
import { ticketAccess } from './ticket-access.ts';

export async function getTicket(deps: Deps, actor: Actor, input: { key: string }): Promise<Ticket> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  return hydrateTicket(deps.db, access.ticket);
}
