import type { Executor } from '@ticketing/db/client';
import { type TicketRow, ticketAssignees, ticketLabels, users } from '@ticketing/db/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Ticket } from './schemas.ts';

/**
 * Turns ticket rows into API tickets with people and labels: two queries for any number of tickets
 * (never one per ticket). Keeps the rows' order.
 */
export async function hydrateTickets(db: Executor, rows: readonly TicketRow[]): Promise<Ticket[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const peopleIds = [...new Set(rows.map((row) => row.reporterId))];
  const [assigneeRows, labelRows] = await Promise.all([
    db
      .select({ ticketId: ticketAssignees.ticketId, id: users.id, name: users.name })
      .from(ticketAssignees)
      .innerJoin(users, eq(users.id, ticketAssignees.userId))
      .where(inArray(ticketAssignees.ticketId, ids))
      .orderBy(asc(users.name)),
    db
      .select({ ticketId: ticketLabels.ticketId, label: ticketLabels.label })
      .from(ticketLabels)
      .where(inArray(ticketLabels.ticketId, ids))
      .orderBy(asc(ticketLabels.label)),
  ]);
  const reporters = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, peopleIds));
  const reporterById = new Map(reporters.map((person) => [person.id, person]));

  const assigneesOf = new Map<string, { id: string; name: string }[]>();
  for (const { ticketId, id, name } of assigneeRows)
    assigneesOf.set(ticketId, [...(assigneesOf.get(ticketId) ?? []), { id, name }]);
  const labelsOf = new Map<string, string[]>();
  for (const { ticketId, label } of labelRows) labelsOf.set(ticketId, [...(labelsOf.get(ticketId) ?? []), label]);

  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    projectKey: row.key.slice(0, row.key.lastIndexOf('-')),
    number: row.number,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    departmentId: row.departmentId,
    reporter: reporterById.get(row.reporterId) ?? { id: row.reporterId, name: '' },
    assignees: assigneesOf.get(row.id) ?? [],
    labels: labelsOf.get(row.id) ?? [],
    dueDate: row.dueDate,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  }));
}

export async function hydrateTicket(db: Executor, row: TicketRow): Promise<Ticket> {
  const [ticket] = await hydrateTickets(db, [row]);
  if (!ticket) throw new Error('hydrate returned nothing');
  return ticket;
}
