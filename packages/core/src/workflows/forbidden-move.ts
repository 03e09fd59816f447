import type { TicketStatus } from '@ticketing/db/schema';
import { transitions } from '../tickets/transitions.ts';
import type { WorkflowAction } from './schemas.ts';

/**
 * Why a ticket in `status` cannot make the rule's moves (its transition actions in order, each from
 * where the one before left it), in the table's words; null when it can. A move to where it already
 * is is no move (the action skips it).
 */
export function forbiddenMove(status: TicketStatus, actions: readonly WorkflowAction[]): string | null {
  let current = status;
  for (const action of actions) {
    if (action.type !== 'transition' || action.status === current) continue;
    const allowed: readonly TicketStatus[] = transitions[current];
    if (!allowed.includes(action.status)) {
      return `A ticket cannot move from ${current} to ${action.status} (the transition table allows ${current} → ${allowed.join(', ')})`;
    }
    current = action.status;
  }
  return null;
}
