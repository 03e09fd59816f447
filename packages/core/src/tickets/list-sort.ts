import { ticketPriorities, tickets } from '@ticketing/db/schema';
import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isoDate, isoDateTime } from '../date-range.ts';
import { invalid } from '../errors.ts';
import { int4 } from '../integers.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { projectKeySchema } from '../projects/schemas.ts';
import { uuidInput } from '../text.ts';
import type { ListTicketsInput } from './schemas.ts';

type Sort = NonNullable<ListTicketsInput['sort']>;
type Order = 'asc' | 'desc';

/** One sort key: the SQL it orders by, how a row's value goes into a cursor, and how it comes back. */
interface SortKey {
  expr: SQL | AnyColumn;
  /**
   * What a cursor may carry for this key: the rules of the input it stands for, so that anything else
   * is E_VALIDATION, never a failed cast (a NUL, year 0, an int4 overflow).
   */
  schema: z.ZodType<string | number>;
  value(row: SortableRow): string | number;
  param(value: string | number): SQL;
}

export interface SortableRow {
  id: string;
  key: string;
  number: number;
  priority: string;
  dueDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  rank?: number;
}

/**
 * A rank as PostgreSQL's real (float4) holds it: `::real` fails on a value that overflows or
 * underflows to zero there, and a rank read back from the database always converts exactly.
 */
const realSchema = z.number().refine((value) => {
  const real = Math.fround(value);
  return Number.isFinite(real) && (real !== 0 || value === 0);
});

const rankExpr = (tsQuery: string) => sql<number>`ts_rank(${tickets.search}, to_tsquery('simple', ${tsQuery}))`;

function keysFor(sort: Sort, tsQuery: string | null): SortKey[] {
  switch (sort) {
    case 'created':
      return [
        {
          expr: tickets.createdAt,
          schema: isoDateTime,
          value: (r) => r.createdAt.toISOString(),
          param: (v) => sql`${v}::timestamptz`,
        },
      ];
    case 'updated':
      return [
        {
          expr: tickets.updatedAt,
          schema: isoDateTime,
          value: (r) => r.updatedAt.toISOString(),
          param: (v) => sql`${v}::timestamptz`,
        },
      ];
    case 'priority':
      return [
        {
          expr: tickets.priority,
          schema: z.enum(ticketPriorities),
          value: (r) => r.priority,
          param: (v) => sql`${v}::ticket_priority`,
        },
      ];
    case 'due':
      // Tickets without a due date sort after every dated one.
      return [
        {
          expr: sql`coalesce(${tickets.dueDate}, 'infinity'::date)`,
          schema: z.union([isoDate(), z.literal('infinity')]),
          value: (r) => r.dueDate ?? 'infinity',
          param: (v) => sql`${v}::date`,
        },
      ];
    case 'key':
      return [
        {
          expr: sql`split_part(${tickets.key}, '-', 1)`,
          schema: projectKeySchema,
          value: (r) => r.key.split('-')[0] ?? '',
          param: (v) => sql`${v}::text`,
        },
        { expr: tickets.number, schema: int4(1), value: (r) => r.number, param: (v) => sql`${v}::int` },
      ];
    case 'relevance':
      return [
        { expr: rankExpr(tsQuery ?? ''), schema: realSchema, value: (r) => r.rank ?? 0, param: (v) => sql`${v}::real` },
      ];
  }
}

const idKey: SortKey = { expr: tickets.id, schema: uuidInput(), value: (r) => r.id, param: (v) => sql`${v}::uuid` };

const cursorShape = z
  .tuple([z.enum(['created', 'updated', 'priority', 'due', 'key', 'relevance']), z.enum(['asc', 'desc'])])
  .rest(z.union([z.string(), z.number()]));

/** Keyset pagination for one sort: ORDER BY, the "after the cursor" condition, the next cursor. */
export function ticketSort(input: Pick<ListTicketsInput, 'sort' | 'order' | 'cursor'>, tsQuery: string | null) {
  const sort: Sort = input.sort ?? (tsQuery ? 'relevance' : 'updated');
  if (sort === 'relevance' && !tsQuery) {
    throw invalid('sort', 'Sorting by relevance needs a search text (q, or free words in query)');
  }
  const order: Order = input.order ?? (sort === 'key' || sort === 'due' ? 'asc' : 'desc');
  const keys = [...keysFor(sort, tsQuery), idKey];
  const direction = order === 'asc' ? asc : desc;

  let after: SQL | undefined;
  if (input.cursor) {
    const [cursorSort, cursorOrder, ...values] = decodeCursor(input.cursor, cursorShape);
    if (cursorSort !== sort || cursorOrder !== order || values.length !== keys.length) {
      throw invalid('cursor', 'This cursor belongs to a different sort; start again without it');
    }
    // The parsed values, not the raw ones: the SQL gets exactly what the rules accepted.
    const parsed = keys.flatMap((key, index) => {
      const result = key.schema.safeParse(values[index]);
      return result.success ? [result.data] : [];
    });
    if (parsed.length !== keys.length) throw invalid('cursor', 'Invalid cursor');
    const left = sql.join(
      keys.map((key) => sql`${key.expr}`),
      sql`, `,
    );
    const right = sql.join(
      keys.map((key, index) => key.param(parsed[index] as string | number)),
      sql`, `,
    );
    after = order === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
  }

  return {
    orderBy: keys.map((key) => direction(key.expr)),
    after,
    rank: sort === 'relevance' && tsQuery ? rankExpr(tsQuery) : undefined,
    cursorOf: (row: SortableRow) => encodeCursor([sort, order, ...keys.map((key) => key.value(row))]),
  };
}
