import { problemOf } from '@ticketing/client/errors';
import type { Ticket } from '@ticketing/client/types';
import { statusLabels } from './board-rules.ts';

/** What a 409 on a ticket write tells us: the version now, and the fields that changed since ours. */
export interface TicketConflict {
  ticketKey: string;
  currentVersion: number | null;
  changedFields: string[];
}

/** The conflict in an error, or null when the error is something else. */
export function conflictOf(error: unknown, ticketKey: string): TicketConflict | null {
  const problem = problemOf(error);
  if (problem.code !== 'E_CONFLICT') return null;
  const { currentVersion, changedFields } = problem.details;
  return {
    ticketKey,
    currentVersion: typeof currentVersion === 'number' ? currentVersion : null,
    changedFields: Array.isArray(changedFields)
      ? changedFields.filter((field): field is string => typeof field === 'string')
      : [],
  };
}

/** Names for the fields the server reports (ticket fields, or the action for whole-ticket changes). */
export const fieldLabels: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  status: 'Status',
  priority: 'Priority',
  departmentId: 'Department',
  dueDate: 'Due date',
  labels: 'Labels',
  assignees: 'Assignees',
  deleted: 'Deleted',
  restored: 'Restored',
};

export const fieldLabel = (field: string) => fieldLabels[field] ?? field;

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** The ticket's values now, in words, for the fields a conflict can name. */
export function currentValues(ticket: Ticket, departmentName: (id: string) => string): Record<string, string> {
  return {
    title: ticket.title,
    description: ticket.description ? excerpt(ticket.description) : '(empty)',
    status: statusLabels[ticket.status],
    priority: ticket.priority,
    departmentId: ticket.departmentId ? departmentName(ticket.departmentId) : 'none',
    dueDate: ticket.dueDate ?? 'none',
    labels: ticket.labels.length > 0 ? ticket.labels.join(', ') : 'none',
    assignees: ticket.assignees.length > 0 ? ticket.assignees.map((person) => person.name).join(', ') : 'nobody',
  };
}
