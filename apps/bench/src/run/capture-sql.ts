import type { Actor } from '@ticketing/core/actor';
import { authenticate } from '@ticketing/core/auth/authenticate';
import type { Deps } from '@ticketing/core/deps';
import { createTicket } from '@ticketing/core/tickets/create-ticket';
import { getTicket } from '@ticketing/core/tickets/get-ticket';
import { listTickets } from '@ticketing/core/tickets/list-tickets';
import { createTicketInput, listTicketsInput } from '@ticketing/core/tickets/schemas';
import { transitionTicket } from '@ticketing/core/tickets/transition-ticket';
import { createDb } from '@ticketing/db/client';

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface CapturedScenario {
  statements: Statement[];
  /** Values the pgbench script replaces with per-transaction variables. */
  ticketKey?: string;
  ticketId?: string;
  ticketNumber?: number;
}

/**
 * Runs each benchmarked operation once through the same domain code the server runs (token
 * authentication included) and records every SQL statement Drizzle sends, with its parameters.
 */
export async function captureSql(
  databaseUrl: string,
  token: string,
  hotKey: string,
): Promise<Record<string, CapturedScenario>> {
  let statements: Statement[] = [];
  const connection = await createDb({
    databaseUrl,
    maxConnections: 1,
    onQuery: (sql, params) => statements.push({ sql, params }),
  });
  const deps: Deps = { db: connection.db, config: { allowRegistration: false } };
  const take = () => {
    const taken = statements;
    statements = [];
    return taken;
  };
  const auth = async (): Promise<Actor> => {
    const actor = await authenticate(deps, token);
    if (!actor) throw new Error('benchmark token does not authenticate');
    return actor;
  };
  try {
    await auth();
    take();

    const got = await getTicket(deps, await auth(), { key: `${hotKey}-1` });
    const get = { statements: take(), ticketKey: got.key, ticketId: got.id };

    await listTickets(
      deps,
      await auth(),
      listTicketsInput.parse({ projectKeys: [hotKey], status: 'open', sort: 'updated' }),
    );
    const list = { statements: take() };

    const created = await createTicket(
      deps,
      await auth(),
      createTicketInput.parse({ projectKey: hotKey, title: 'Captured create' }),
    );
    const create = { statements: take(), ticketKey: created.key, ticketId: created.id, ticketNumber: created.number };

    await transitionTicket(deps, await auth(), { key: created.key, version: created.version, status: 'in_progress' });
    const transition = { statements: take(), ticketKey: created.key, ticketId: created.id };
    return { get, list, create, transition };
  } finally {
    await connection.close();
  }
}
