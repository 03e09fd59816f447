import type { Actor } from '@ticketing/core/actor';
import { notFound } from '@ticketing/core/errors';
import { projectPermissionsOf } from '@ticketing/core/permissions';
import { assertProjectCan } from '@ticketing/core/projects/project-access';
import { toTicket } from '@ticketing/core/tickets/hydrate';
import { type Ticket, ticketKeyInput } from '@ticketing/core/tickets/schemas';
import type postgres from 'postgres';
import { validationError } from './http-io.ts';
import { prepared, type TicketAccessRow } from './rows.ts';
import { GET_TICKET } from './statements.ts';

/** GET /api/v1/tickets/{key}: one statement (the ticket, its people and labels, the actor's access). */
export async function getTicket(sql: postgres.Sql, actor: Actor, rawKey: string): Promise<Ticket> {
  const input = ticketKeyInput.safeParse({ key: rawKey });
  if (!input.success) throw validationError(input.error);
  const { key } = input.data;
  const [row] = await sql.unsafe<TicketAccessRow[]>(GET_TICKET, [key, actor.userId, actor.role === 'admin'], prepared);
  if (!row) throw notFound('Ticket', { key });
  assertProjectCan({ permissions: projectPermissionsOf(actor, row.myRole) }, 'ticket:read');
  return toTicket(row);
}
