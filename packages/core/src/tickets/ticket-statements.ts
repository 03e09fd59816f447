import type { Executor } from '@ticketing/db/client';
import { on, perDatabase } from '@ticketing/db/per-database';
import { type TicketRow, tickets } from '@ticketing/db/schema';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';

/** Distinct column sets kept built per statement (a create, a transition, an edit of a field: a handful in practice). */
const MAX_COLUMN_SETS = 64;

/**
 * A ticket statement over a set of columns (sorted), built once per database and set with each value
 * as a bare placeholder named after its column (`placeholders`), and handed out bound to the executor
 * it is asked for; run it with values from `encodeTicketValues`. Null past MAX_COLUMN_SETS sets: the
 * caller then builds its statement for the call.
 */
export function preparedPerColumns<Query extends object>(
  name: string,
  build: (executor: Executor, placeholders: Record<string, SQL>, statementName: string) => Query,
): (executor: Executor) => (columns: readonly string[]) => Query | null {
  const perSet = perDatabase((executor) => {
    const built = new Map<string, Query>();
    return (columns: readonly string[]) => {
      const set = columns.join(',');
      let query = built.get(set);
      if (query === undefined && built.size < MAX_COLUMN_SETS) {
        const placeholders = Object.fromEntries(columns.map((column) => [column, sql`${sql.placeholder(column)}`]));
        query = build(executor, placeholders, `${name}_${built.size}`);
        built.set(set, query);
      }
      return query ?? null;
    };
  });
  return (executor) => {
    const forDatabase = perSet(executor);
    return (columns) => {
      const query = forDatabase(columns);
      return query && on(query, executor);
    };
  };
}

const columnsOfTickets = getTableColumns(tickets);

/** Adds `values` to `into` as Drizzle would bind them to their columns (Dates, JSON), nulls as null. */
export function encodeTicketValues(values: Partial<TicketRow>, into: Record<string, unknown>): Record<string, unknown> {
  for (const [column, value] of Object.entries(values)) {
    into[column] = value === null ? null : columnsOfTickets[column as keyof TicketRow].mapToDriverValue(value);
  }
  return into;
}
