import type { Actor } from '@ticketing/core/actor';
import { isoDateTime } from '@ticketing/core/date-range';
import { DomainError, invalid } from '@ticketing/core/errors';
import { encodeCursor } from '@ticketing/core/pagination';
import { uuidInput } from '@ticketing/core/text';
import { type DetailedTicketRow, toTicket } from '@ticketing/core/tickets/hydrate';
import { listTicketsInput, sortFields, type TicketPage } from '@ticketing/core/tickets/schemas';
import type postgres from 'postgres';
import { validationError } from './http-io.ts';
import { prepared } from './rows.ts';
import { LIST } from './statements.ts';

/** The list the bench calls: one project, at most one status, newest update first, keyset pages. */
const served = new Set(['projectKeys', 'status', 'sort', 'order', 'limit', 'cursor']);

const unsupported = (what: string) =>
  new DomainError('E_VALIDATION', `The reference server does not serve ${what}`, { fields: {} });

/** The (updated_at, id) a cursor of this sort carries, checked as core's ticketSort checks it. */
function cursorKey(cursor: string): [string, string] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const items: unknown[] = Array.isArray(value) ? value : [];
  const [sort, order] = items;
  const shaped =
    items.length >= 2 &&
    items.every((item) => typeof item === 'string' || typeof item === 'number') &&
    (sortFields as readonly unknown[]).includes(sort) &&
    (order === 'asc' || order === 'desc');
  if (!shaped) throw invalid('cursor', 'Invalid cursor');
  if (sort !== 'updated' || order !== 'desc' || items.length !== 4) {
    throw invalid('cursor', 'This cursor belongs to a different sort; start again without it');
  }
  const at = isoDateTime.safeParse(items[2]);
  const id = uuidInput().safeParse(items[3]);
  if (!at.success || !id.success) throw invalid('cursor', 'Invalid cursor');
  return [at.data, id.data];
}

/** GET /api/v1/tickets?projectKeys=K[&status=S]&sort=updated&limit=N[&cursor=C]: one statement. */
export async function listTickets(sql: postgres.Sql, actor: Actor, query: URLSearchParams): Promise<TicketPage> {
  for (const name of query.keys()) if (!served.has(name)) throw unsupported(`the parameter ${name}`);
  const parsed = listTicketsInput.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  const [projectKey, ...otherKeys] = input.projectKeys ?? [];
  if (!projectKey || otherKeys.length > 0) throw unsupported('lists of other than one project');
  const [status, ...otherStatuses] = input.status ?? [];
  if (otherStatuses.length > 0) throw unsupported('lists of several statuses');
  if ((input.sort ?? 'updated') !== 'updated' || (input.order ?? 'desc') !== 'desc') {
    throw unsupported('sorts other than updated, newest first');
  }
  const after = input.cursor ? cursorKey(input.cursor) : null;

  const params: (string | number | boolean)[] = [projectKey, actor.role === 'admin', actor.userId, input.limit + 1];
  if (status) params.push(status);
  if (after) params.push(...after);
  const statement = status ? (after ? LIST.statusCursor : LIST.status) : after ? LIST.cursor : LIST.plain;
  const rows = await sql.unsafe<DetailedTicketRow[]>(statement, params, prepared);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toTicket),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor(['updated', 'desc', last.updatedAt.toISOString(), last.id])
        : null,
  };
}
