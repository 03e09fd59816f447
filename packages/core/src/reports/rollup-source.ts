import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** A table's columns, each as Drizzle writes it (qualified, in the database's casing). */
const columnsOf = (table: PgTable) =>
  sql.join(
    Object.values(getTableColumns(table)).map((column) => sql`${column}`),
    sql`, `,
  );

/**
 * A rollup as the reports read it: its folded counts and the deltas not yet folded (see
 * db/schema/report-rollups.ts; both tables have the same columns in the same order), as one source
 * under the counts table's own name, so that its columns are referred to as usual (`ticketCounts.n`).
 * Filters on it reach both halves.
 */
export function withDeltas(counts: PgTable, deltas: PgTable): SQL {
  return sql`(select ${columnsOf(counts)} from ${counts} union all select ${columnsOf(deltas)} from ${deltas}) as ${sql.identifier(getTableName(counts))}`;
}
