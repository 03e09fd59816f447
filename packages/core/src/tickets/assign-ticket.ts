import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import type { AssignTicketInput, Ticket } from './schemas.ts';
import { writeTicket } from './write-ticket.ts';

export function assignTicket(deps: Deps, actor: Actor, input: AssignTicketInput): Promise<Ticket> {
  return writeTicket(deps, actor, input.key, input.version, { assigneeIds: input.assigneeIds });
}
