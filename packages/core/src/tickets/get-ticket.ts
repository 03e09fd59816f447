import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { toTicket } from './hydrate.ts';
import type { Ticket } from './schemas.ts';
import { ticketAccess } from './ticket-access.ts';

/** One query: the ticket, its people and labels, and the actor's access to its project. */
export async function getTicket(deps: Deps, actor: Actor, input: { key: string }): Promise<Ticket> {
  const access = await ticketAccess(deps.db, actor, input.key, { details: true });
  assertProjectCan(access, 'ticket:read');
  if (!access.details) throw new Error('ticket details missing');
  return toTicket({ ...access.ticket, ...access.details });
}
