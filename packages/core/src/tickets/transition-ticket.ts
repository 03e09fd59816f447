import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import type { Ticket, TransitionTicketInput } from './schemas.ts';
import { transitions } from './transitions.ts';
import { writeTicket } from './write-ticket.ts';

export function transitionTicket(deps: Deps, actor: Actor, input: TransitionTicketInput): Promise<Ticket> {
  return writeTicket(deps, actor, input.key, input.version, { status: input.status }).then((ticket) => {
    // Moving to the status it already has is no move at all; say so rather than pretend.
    if (ticket.version === input.version) {
      throw new DomainError('E_INVALID_TRANSITION', `${ticket.key} is already ${ticket.status}`, {
        from: ticket.status,
        to: input.status,
        allowed: transitions[ticket.status],
      });
    }
    return ticket;
  });
}
