import type { TicketRow } from '@ticketing/db/schema';
import type { NewEvent } from '../events/catalog.ts';

/** The event of a new ticket (a create or an import): the row as inserted, with its people and labels. */
export function ticketCreatedEvent(
  ticket: TicketRow,
  children: { assigneeIds: string[]; labels: string[] },
): Extract<NewEvent, { type: 'ticket.created' }> {
  return {
    type: 'ticket.created',
    projectId: ticket.projectId,
    ticketId: ticket.id,
    data: {
      key: ticket.key,
      version: ticket.version,
      title: ticket.title,
      status: ticket.status,
      priority: ticket.priority,
      reporterId: ticket.reporterId,
      assigneeIds: children.assigneeIds,
      labels: children.labels,
    },
  };
}
