import { comments, ticketHistory, tickets, users } from '@ticketing/db/schema';
import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { reportScope } from './report-scope.ts';
import type { ReportInput, userActivitySchema } from './schemas.ts';

type Output = z.infer<typeof userActivitySchema>;
type Row = Output['rows'][number];

const n = sql<number>`count(*)`.mapWith(Number);

/**
 * What each person did in the period, on the tickets the report covers: tickets they created and
 * closed, transitions they made, comments they wrote. Automations and the system are left out.
 */
export async function userActivity(deps: Deps, actor: Actor, input: ReportInput): Promise<Output> {
  const scope = await reportScope(deps, actor, input);
  if (!scope) return { rows: [] };
  const { db } = deps;
  const where = and(...scope.conditions);
  const [created, moved, wrote] = await Promise.all([
    db
      .select({ userId: tickets.reporterId, n })
      .from(tickets)
      .where(and(where, gte(tickets.createdAt, scope.from), lte(tickets.createdAt, scope.to)))
      .groupBy(tickets.reporterId),
    db
      .select({
        userId: ticketHistory.actorId,
        n,
        closed: sql<number>`count(*) filter (where ${ticketHistory.newValue} = '"closed"'::jsonb)`.mapWith(Number),
      })
      .from(ticketHistory)
      .innerJoin(tickets, eq(tickets.id, ticketHistory.ticketId))
      .where(
        and(
          where,
          eq(ticketHistory.action, 'transitioned'),
          isNotNull(ticketHistory.actorId),
          gte(ticketHistory.createdAt, scope.from),
          lte(ticketHistory.createdAt, scope.to),
        ),
      )
      .groupBy(ticketHistory.actorId),
    db
      .select({ userId: comments.authorId, n })
      .from(comments)
      .innerJoin(tickets, eq(tickets.id, comments.ticketId))
      .where(and(where, gte(comments.createdAt, scope.from), lte(comments.createdAt, scope.to)))
      .groupBy(comments.authorId),
  ]);
  const byUser = new Map<string, Omit<Row, 'user'>>();
  const entry = (userId: string) => {
    let row = byUser.get(userId);
    if (!row) {
      row = { created: 0, closed: 0, transitions: 0, comments: 0 };
      byUser.set(userId, row);
    }
    return row;
  };
  for (const row of created) entry(row.userId).created = row.n;
  for (const row of moved) {
    if (!row.userId) continue;
    entry(row.userId).transitions = row.n;
    entry(row.userId).closed = row.closed;
  }
  for (const row of wrote) entry(row.userId).comments = row.n;
  if (byUser.size === 0) return { rows: [] };
  const names = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...byUser.keys()]));
  return {
    rows: names
      .map((user) => ({ user, ...(byUser.get(user.id) ?? { created: 0, closed: 0, transitions: 0, comments: 0 }) }))
      .sort((a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id)),
  };
}
