import { rowsOf } from '@ticketing/db/rows';
import { activityCounts, activityDeltas, comments, ticketHistory, tickets, users } from '@ticketing/db/schema';
import { and, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { type ReportScope, reportScope } from './report-scope.ts';
import { withDeltas } from './rollup-source.ts';
import type { ReportInput, userActivitySchema } from './schemas.ts';

type Output = z.infer<typeof userActivitySchema>;
type Timed = typeof ticketHistory.createdAt | typeof comments.createdAt;

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Each source gives rows of (user_id, created, closed, transitions, comments), summed per person below.

function createdIn(scope: ReportScope): SQL {
  const where = and(...scope.conditions, gte(tickets.createdAt, scope.from), lte(tickets.createdAt, scope.to));
  return sql`select ${tickets.reporterId}, count(*), 0, 0, 0 from ${tickets} where ${where} group by 1`;
}

/** Transitions (and of them to closed) and comments on the report's tickets, from their tables. */
function doneIn(scope: ReportScope, within: (column: Timed) => SQL | undefined): SQL {
  const where = and(...scope.conditions);
  return sql`
    select ${ticketHistory.actorId}, 0, count(*) filter (where ${ticketHistory.newValue} = '"closed"'::jsonb), count(*), 0
    from ${ticketHistory} join ${tickets} on ${tickets.id} = ${ticketHistory.ticketId}
    where ${and(where, sql`${ticketHistory.action} = 'transitioned'`, sql`${ticketHistory.actorId} is not null`, within(ticketHistory.createdAt))}
    group by 1
    union all
    select ${comments.authorId}, 0, 0, 0, count(*)
    from ${comments} join ${tickets} on ${tickets.id} = ${comments.ticketId}
    where ${and(where, sql`not ${comments.automated}`, within(comments.createdAt))}
    group by 1`;
}

const inPeriod = (scope: ReportScope) => (column: Timed) => and(gte(column, scope.from), lte(column, scope.to));

/**
 * For whole projects: the period's whole UTC days from the daily rollup, and only its partial first
 * and last days from the tables. A period that runs to now takes today whole from the rollup too: no
 * activity comes after now.
 */
function doneInWholeProjects(scope: ReportScope): SQL {
  const firstWholeDay = Math.ceil(scope.from.getTime() / DAY_MS) * DAY_MS;
  const lastDayStart = (Math.floor(scope.to.getTime() / DAY_MS) + (scope.endsNow ? 1 : 0)) * DAY_MS;
  if (firstWholeDay >= lastDayStart) return doneIn(scope, inPeriod(scope));
  const edges = doneIn(scope, (column) =>
    or(
      and(gte(column, scope.from), lt(column, new Date(firstWholeDay))),
      scope.endsNow ? undefined : and(gte(column, new Date(lastDayStart)), lte(column, scope.to)),
    ),
  );
  const days = and(
    gte(activityCounts.day, isoDay(firstWholeDay)),
    lt(activityCounts.day, isoDay(lastDayStart)),
    scope.projectIds ? inArray(activityCounts.projectId, scope.projectIds) : undefined,
  );
  return sql`${edges}
    union all
    select ${activityCounts.userId}, 0, sum(${activityCounts.closed}), sum(${activityCounts.transitions}),
      sum(${activityCounts.comments})
    from ${withDeltas(activityCounts, activityDeltas)} where ${days} group by 1`;
}

/**
 * What each person did in the period, on the tickets the report covers: tickets they created and
 * closed, transitions they made, comments they wrote. Automations and the system are left out (a
 * rule's comment, in its owner's name, too). One
 * statement; the whole projects' transitions and comments come from the daily rollup.
 */
export async function userActivity(deps: Deps, actor: Actor, input: ReportInput): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { rows: [] };
  const done = scope.byProjectOnly ? doneInWholeProjects(scope) : doneIn(scope, inPeriod(scope));
  const rows = rowsOf<{
    id: string;
    name: string;
    created: number;
    closed: number;
    transitions: number;
    comments: number;
  }>(
    await deps.db.execute(sql`
      select ${users.id} as "id", ${users.name} as "name", sum(a.created)::int as "created",
        sum(a.closed)::int as "closed", sum(a.transitions)::int as "transitions", sum(a.comments)::int as "comments"
      from (${createdIn(scope)} union all ${done}) as a(user_id, created, closed, transitions, comments)
      join ${users} on ${users.id} = a.user_id
      group by 1, 2
      -- A person whose rolled-up counts cancel out (on a ticket since deleted) did nothing here.
      having sum(a.created) <> 0 or sum(a.transitions) <> 0 or sum(a.comments) <> 0`),
  );
  return {
    rows: rows
      .map(({ id, name, ...counts }) => ({ user: { id, name }, ...counts }))
      .sort((a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id)),
  };
}
