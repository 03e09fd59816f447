import type { Ticket, TicketStatus } from '@ticketing/client/types';

/** The board's columns, left to right, with their names; `satisfies` makes a new status a type error here. */
export const statusLabels = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  closed: 'Closed',
} as const satisfies Record<TicketStatus, string>;

export const boardColumns = Object.keys(statusLabels) as TicketStatus[];

/**
 * May this card be dropped on this column? Only where the server says the ticket may go now: its
 * `allowedTransitions` come from the one transition table, which the web app never copies.
 */
export function canDrop(ticket: Pick<Ticket, 'status' | 'allowedTransitions'>, column: TicketStatus): boolean {
  return column !== ticket.status && ticket.allowedTransitions.includes(column);
}

/** How a column looks while a card is dragged: its own column, a place it may go, or neither. */
export type DropState = 'idle' | 'origin' | 'allowed' | 'disallowed';

export function dropState(
  dragged: Pick<Ticket, 'status' | 'allowedTransitions'> | null,
  column: TicketStatus,
): DropState {
  if (!dragged) return 'idle';
  if (dragged.status === column) return 'origin';
  return canDrop(dragged, column) ? 'allowed' : 'disallowed';
}
