import type { Executor } from '@ticketing/db/client';
import { type TicketRow, ticketColumns, tickets } from '@ticketing/db/schema';
import { inArray, sql } from 'drizzle-orm';
import { ticketSla } from '../sla/ticket-sla.ts';
import type { Ticket } from './schemas.ts';
import { transitions } from './transitions.ts';

interface PersonRef {
  id: string;
  name: string;
}

/**
 * People and labels of a ticket, computed by PostgreSQL in the same statement as the ticket row:
 * a page of tickets is one round trip whatever its size (no N+1, no follow-up queries).
 */
// Qualified by hand: inside the subqueries a bare "id" would bind to the subquery's own tables.
const ticketId = sql.raw('"tickets"."id"');
const reporterId = sql.raw('"tickets"."reporter_id"');

export const ticketDetailColumns = {
  reporterName: sql<string>`(select u.name from users u where u.id = ${reporterId})`.as('reporter_name'),
  assignees: sql<PersonRef[]>`coalesce((
    select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name, u.id)
    from ticket_assignees a join users u on u.id = a.user_id where a.ticket_id = ${ticketId}), '[]'::json)`.as(
    'assignees',
  ),
  // Kept on the row, sorted, by the ticket_labels triggers (migration 0013): no subquery per ticket.
  labels: sql<string[]>`"tickets"."labels"`.as('labels'),
};

export type DetailedTicketRow = TicketRow & { reporterName: string; assignees: PersonRef[]; labels: string[] };

export function toTicket(row: DetailedTicketRow): Ticket {
  return {
    id: row.id,
    key: row.key,
    projectKey: row.key.slice(0, row.key.lastIndexOf('-')),
    number: row.number,
    title: row.title,
    description: row.description,
    status: row.status,
    allowedTransitions: [...transitions[row.status]],
    priority: row.priority,
    departmentId: row.departmentId,
    reporter: { id: row.reporterId, name: row.reporterName },
    assignees: row.assignees,
    labels: row.labels,
    dueDate: row.dueDate,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
    startedAt: row.startedAt,
    sla: ticketSla(row),
  };
}

/** API tickets for rows already read (after a write): one query, in the rows' order. */
export async function hydrateTickets(db: Executor, rows: readonly Pick<TicketRow, 'id'>[]): Promise<Ticket[]> {
  if (rows.length === 0) return [];
  const detailed = await db
    .select({ ...ticketColumns, ...ticketDetailColumns })
    .from(tickets)
    .where(
      inArray(
        tickets.id,
        rows.map((row) => row.id),
      ),
    );
  const byId = new Map(detailed.map((row) => [row.id, toTicket(row)]));
  return rows.map((row) => byId.get(row.id)).filter((ticket): ticket is Ticket => ticket !== undefined);
}

export async function hydrateTicket(db: Executor, row: Pick<TicketRow, 'id'>): Promise<Ticket> {
  const [ticket] = await hydrateTickets(db, [row]);
  if (!ticket) throw new Error('hydrate returned nothing');
  return ticket;
}
