import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { Ticket, UpdateTicketInput } from './schemas.ts';
import { writeTicket } from './write-ticket.ts';

export function updateTicket(deps: Deps, actor: Actor, input: UpdateTicketInput): Promise<Ticket> {
  const { key, version, ...changes } = input;
  return writeTicket(deps, actor, key, version, changes);
}
