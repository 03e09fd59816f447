import { rowsOf } from '@ticketing/db/rows';
import { departments, projects, tickets, users } from '@ticketing/db/schema';
import { and, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { Breakdown, breakdownDimensions, breakdownInput } from './schemas.ts';

type Input = z.infer<typeof breakdownInput>;

interface Dimension {
  /** What the tickets are grouped by (`g.value` after grouping). */
  value: SQL;
  /** For many-valued dimensions: the set each ticket is counted once per value of, as `v(value)`. */
  unnest?: SQL;
  /** The names of the values: joined to the groups. */
  join?: SQL;
  /** The row's value and label (from `g` and the join), and its order. */
  shown: SQL;
  label: SQL;
  order: SQL;
}

// Assignees and labels are the arrays kept on the ticket (migration 0013); an empty one is a single
// "none" value. So every dimension is grouped from the created-at index alone, then named.
const noneIfEmpty = (column: typeof tickets.assigneeIds | typeof tickets.labels, type: SQL) =>
  sql`unnest(case when cardinality(${column}) = 0 then array[null]::${type} else ${column} end) as v(value)`;

/** An enum on the ticket: its values are their own labels, in the enum's order. */
const byColumn = (column: typeof tickets.status | typeof tickets.priority): Dimension => ({
  value: sql`${column}`,
  shown: sql`g.value::text`,
  label: sql`g.value::text`,
  order: sql`g.value`,
});

const dimensions: Record<(typeof breakdownDimensions)[number], Dimension> = {
  status: byColumn(tickets.status),
  priority: byColumn(tickets.priority),
  project: {
    value: sql`${tickets.projectId}`,
    join: sql`join ${projects} on ${projects.id} = g.value`,
    shown: sql`${projects.key}`,
    label: sql`${projects.name}`,
    order: sql`${projects.key}`,
  },
  department: {
    value: sql`${tickets.departmentId}`,
    join: sql`left join ${departments} on ${departments.id} = g.value`,
    shown: sql`g.value::text`,
    label: sql`coalesce(${departments.name}, 'No department')`,
    order: sql`${departments.name} nulls last, g.value`,
  },
  assignee: {
    value: sql`v.value`,
    unnest: noneIfEmpty(tickets.assigneeIds, sql`uuid[]`),
    join: sql`left join ${users} on ${users.id} = g.value`,
    shown: sql`g.value::text`,
    label: sql`coalesce(${users.name}, 'Unassigned')`,
    order: sql`${users.name} nulls last, g.value`,
  },
  label: {
    value: sql`v.value`,
    unnest: noneIfEmpty(tickets.labels, sql`text[]`),
    shown: sql`g.value`,
    label: sql`coalesce(g.value, 'No label')`,
    order: sql`g.value nulls last`,
  },
};

/**
 * Tickets created in the period, counted by one dimension, each value split into open (not closed)
 * and closed. A ticket with two assignees or labels counts once under each; "none" is a row too.
 */
export async function breakdown(deps: Deps, actor: Actor, input: Input): Promise<Breakdown> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { by: input.by, rows: [] };
  const where = and(...scope.conditions, gte(tickets.createdAt, scope.from), lte(tickets.createdAt, scope.to));
  const dimension = dimensions[input.by];
  const rows = rowsOf<Breakdown['rows'][number]>(
    await deps.db.execute(sql`
      select ${dimension.shown} as "value", ${dimension.label} as "label", g."open", g."closed", g."total"
      from (
        select ${dimension.value} as value,
          count(*) filter (where ${tickets.status} <> 'closed')::int as "open",
          count(*) filter (where ${tickets.status} = 'closed')::int as "closed",
          count(*)::int as "total"
        from ${tickets}${dimension.unnest ? sql` cross join lateral ${dimension.unnest}` : sql``}
        where ${where}
        group by 1
      ) as g ${dimension.join ?? sql``}
      order by ${dimension.order}`),
  );
  return { by: input.by, rows };
}
