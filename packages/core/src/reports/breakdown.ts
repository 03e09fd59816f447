import { departments, projects, ticketAssignees, ticketLabels, tickets, users } from '@ticketing/db/schema';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { Breakdown, breakdownInput } from './schemas.ts';

type Input = z.infer<typeof breakdownInput>;

const open = sql<number>`count(*) filter (where ${tickets.status} <> 'closed')`.mapWith(Number);
const closed = sql<number>`count(*) filter (where ${tickets.status} = 'closed')`.mapWith(Number);
const total = sql<number>`count(*)`.mapWith(Number);

/**
 * Tickets created in the period, counted by one dimension, each value split into open (not closed)
 * and closed. A ticket with two assignees or labels counts once under each; "none" is a row too.
 */
export async function breakdown(deps: Deps, actor: Actor, input: Input): Promise<Breakdown> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { by: input.by, rows: [] };
  const where = and(...scope.conditions, gte(tickets.createdAt, scope.from), lte(tickets.createdAt, scope.to));
  const counts = { open, closed, total };
  const query = (value: SQL<string | null>, label: SQL<string>) =>
    deps.db
      .select({ value, label, ...counts })
      .from(tickets)
      .$dynamic();
  const text = (column: SQL | typeof tickets.status) => sql<string>`${column}::text`;
  let rows: { value: string | null; label: string; open: number; closed: number; total: number }[];
  switch (input.by) {
    case 'status':
      rows = await query(text(tickets.status), text(tickets.status))
        .where(where)
        .groupBy(tickets.status)
        .orderBy(tickets.status);
      break;
    case 'priority':
      rows = await query(sql`${tickets.priority}::text`, sql`${tickets.priority}::text`)
        .where(where)
        .groupBy(tickets.priority)
        .orderBy(tickets.priority);
      break;
    case 'project':
      rows = await query(sql`${projects.key}`, sql`${projects.name}`)
        .innerJoin(projects, eq(projects.id, tickets.projectId))
        .where(where)
        .groupBy(projects.key, projects.name)
        .orderBy(projects.key);
      break;
    case 'department':
      rows = await query(sql`${departments.id}::text`, sql`coalesce(${departments.name}, 'No department')`)
        .leftJoin(departments, eq(departments.id, tickets.departmentId))
        .where(where)
        .groupBy(departments.id, departments.name)
        .orderBy(sql`${departments.name} nulls last`);
      break;
    case 'assignee':
      rows = await query(sql`${users.id}::text`, sql`coalesce(${users.name}, 'Unassigned')`)
        .leftJoin(ticketAssignees, eq(ticketAssignees.ticketId, tickets.id))
        .leftJoin(users, eq(users.id, ticketAssignees.userId))
        .where(where)
        .groupBy(users.id, users.name)
        .orderBy(sql`${users.name} nulls last`);
      break;
    case 'label':
      rows = await query(sql`${ticketLabels.label}`, sql`coalesce(${ticketLabels.label}, 'No label')`)
        .leftJoin(ticketLabels, eq(ticketLabels.ticketId, tickets.id))
        .where(where)
        .groupBy(ticketLabels.label)
        .orderBy(sql`${ticketLabels.label} nulls last`);
      break;
  }
  return { by: input.by, rows };
}
