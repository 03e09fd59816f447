import type { Transaction } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';

/**
 * The description each ticket had when it was created, by the id of its ticket.created event (which
 * does not carry it). The ticket holds the current one; if an edit changed it since, the first such
 * edit's `old` value is the original. One statement for a whole batch.
 */
export async function descriptionsAtCreation(
  tx: Transaction,
  createdEventIds: readonly number[],
): Promise<Map<number, string>> {
  if (createdEventIds.length === 0) return new Map();
  const result = await tx.execute(sql`
    select e.id::text as event_id, coalesce(
      (select later.data #>> '{changes,description,old}'
       from events later
       where later.ticket_id = e.ticket_id and later.id > e.id and later.type = 'ticket.updated'
         and later.data #> '{changes,description}' is not null
       order by later.id
       limit 1),
      t.description) as description
    from events e
    join tickets t on t.id = e.ticket_id
    where e.id in (${sql.join(
      createdEventIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(
    rowsOf<{ event_id: string; description: string }>(result).map((row) => [Number(row.event_id), row.description]),
  );
}
