import type { TicketStatus } from '@ticketing/db/schema';
import { DomainError } from '../errors.ts';

/** The status lifecycle: the one place that says which moves are allowed. */
export const transitions = {
  open: ['in_progress', 'closed'],
  in_progress: ['open', 'closed', 'blocked'],
  blocked: ['in_progress', 'open'],
  closed: ['open', 'in_progress'],
} as const satisfies Record<TicketStatus, readonly TicketStatus[]>;

export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  const allowed: readonly TicketStatus[] = transitions[from];
  if (!allowed.includes(to)) {
    throw new DomainError('E_INVALID_TRANSITION', `A ticket cannot move from ${from} to ${to}`, { from, to, allowed });
  }
}
