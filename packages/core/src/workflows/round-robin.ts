import { type ProjectRole, projectMembers, workflowRuns } from '@ticketing/db/schema';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../errors.ts';
import type { ActionContext, ActionResult } from './apply-action.ts';

/** The first key of the advisory lock a rule's picks take (the second: its id hashed). */
const ROUND_ROBIN_LOCK = 1301;
/** Picks looked back on: anyone not among the last this many was picked before all of them. */
const WINDOW = 1_000;

export interface Turn {
  userId: string;
  /** This rule's picks, counted: 1, 2, 3 … */
  turn: number;
}

/**
 * The member of the role whose turn it is: the one this rule assigned longest ago, or never (then
 * by id). Each pick is kept in its run's log (`roundRobin: { userId, turn }` on the action), so the
 * rotation goes by the rule's own assignments, whatever else its runs did or did not do. Picks of a
 * rule wait for each other (an advisory lock until the run's transaction ends), so two runs at once
 * never pick the same person; members who join take their turn next, those who leave drop out.
 */
export async function nextInTurn(context: ActionContext, role: ProjectRole): Promise<Turn> {
  const { db } = context.deps;
  await db.execute(sql`select pg_advisory_xact_lock(${ROUND_ROBIN_LOCK}, hashtext(${context.ruleId}))`);
  const members = await db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, context.projectId), eq(projectMembers.role, role)))
    .orderBy(asc(projectMembers.userId));
  if (members.length === 0) throw new DomainError('E_VALIDATION', `The project has no ${role} to assign`);
  const runs = await db
    .select({ actions: workflowRuns.actions })
    .from(workflowRuns)
    .where(
      and(
        eq(workflowRuns.workflowId, context.ruleId),
        eq(workflowRuns.outcome, 'done'),
        sql`${workflowRuns.actions} @> '[{"roundRobin": {}}]'::jsonb`,
      ),
    )
    .orderBy(desc(workflowRuns.createdAt))
    .limit(WINDOW);
  const lastTurn = new Map<string, number>();
  let latest = 0;
  for (const run of runs) {
    for (const action of run.actions as ActionResult[]) {
      if (!action.roundRobin) continue;
      const { userId, turn } = action.roundRobin;
      lastTurn.set(userId, Math.max(turn, lastTurn.get(userId) ?? 0));
      latest = Math.max(latest, turn);
    }
  }
  let next = members[0]?.userId ?? '';
  for (const { userId } of members) {
    if ((lastTurn.get(userId) ?? 0) < (lastTurn.get(next) ?? 0)) next = userId;
  }
  return { userId: next, turn: latest + 1 };
}
