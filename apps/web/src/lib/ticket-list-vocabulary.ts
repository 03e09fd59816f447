import type { RouterOutputs, TicketPriority, TicketStatus } from '@ticketing/client/types';

/** One row of tickets.list. */
export type TicketListItem = RouterOutputs['tickets']['list']['items'][number];

// Records keyed by the API's own unions: a status or priority added there fails to compile here
// until it has a name, so the filters and the bulk bar never miss one.
export const statusNames: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  closed: 'Closed',
};

export const priorityNames: Record<TicketPriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const statuses = Object.keys(statusNames) as TicketStatus[];
export const priorities = Object.keys(priorityNames) as TicketPriority[];

export const isStatus = (value: string): value is TicketStatus => value in statusNames;
export const isPriority = (value: string): value is TicketPriority => value in priorityNames;
