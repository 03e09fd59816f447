import type { Actor } from '../actor.ts';
import { csvRow } from '../csv/csv-row.ts';
import type { Deps } from '../deps.ts';
import { listTickets } from './list-tickets.ts';
import type { ListTicketsInput, Ticket } from './schemas.ts';

/** Rows read per round trip: memory stays flat however many tickets there are. */
export const EXPORT_BATCH = 500;

export const exportColumns = [
  'key',
  'project',
  'title',
  'status',
  'priority',
  'assignees',
  'reporter',
  'labels',
  'department_id',
  'due_date',
  'created_at',
  'updated_at',
  'closed_at',
  'description',
] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function rowOf(ticket: Ticket): string {
  return csvRow([
    ticket.key,
    ticket.projectKey,
    ticket.title,
    ticket.status,
    ticket.priority,
    ticket.assignees.map((person) => person.name).join('; '),
    ticket.reporter.name,
    ticket.labels.join('; '),
    ticket.departmentId,
    ticket.dueDate,
    iso(ticket.createdAt),
    iso(ticket.updatedAt),
    iso(ticket.closedAt),
    ticket.description,
  ]);
}

/**
 * The tickets a list filter finds, oldest first, as CSV lines (the header first): read a batch at a
 * time along the list's keyset, so a million rows never sit in memory. The caller writes each line
 * and waits for the socket before asking for more.
 */
export async function* exportTickets(
  deps: Deps,
  actor: Actor,
  filter: Omit<ListTicketsInput, 'sort' | 'order' | 'limit' | 'cursor' | 'includeTotal'>,
): AsyncGenerator<string> {
  yield csvRow(exportColumns);
  let cursor: string | undefined;
  do {
    const page = await listTickets(deps, actor, {
      ...filter,
      sort: 'created',
      order: 'asc',
      limit: EXPORT_BATCH,
      ...(cursor ? { cursor } : {}),
    });
    yield page.items.map(rowOf).join('');
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
