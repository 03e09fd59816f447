import { randomUUID } from 'node:crypto';
import { events, projects, tickets } from '@ticketing/db/schema';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { invalid } from '../errors.ts';
import { assertCan } from '../permissions.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { calendarOf } from '../query/query-dates.ts';
import { applyAction } from './apply-action.ts';
import { forbiddenMove } from './forbidden-move.ts';
import { scheduledCandidates } from './run-scheduled-workflow-job.ts';
import { cannotRun, createWorkflowInput } from './schemas.ts';
import { conditionsZoneOf, notMatchedReason, ticketMatches } from './ticket-matches.ts';
import { triggerMatches } from './trigger-matches.ts';

export const dryRunInput = createWorkflowInput.omit({ enabled: true }).extend({
  events: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe('How many of the latest matching events to try (a schedule: how many of the tickets it would touch)'),
});

export const dryRunResultSchema = z
  .array(
    z.object({
      eventId: z.number().int().nullable().describe('null for a schedule'),
      eventType: z.string().describe('The event tried, or `schedule`'),
      ticketKey: z.string(),
      matched: z.boolean().describe('Whether the rule would act on the ticket as it is now'),
      reason: z.string().nullable().describe('Why it would not act (the conditions, or a move the table forbids)'),
      actions: z.array(z.record(z.string(), z.unknown())).describe('What each action would do: before and after'),
      error: z.string().nullable().describe('Why the run would fail'),
    }),
  )
  .meta({ id: 'WorkflowDryRun' });
type DryRun = z.infer<typeof dryRunResultSchema>;

/** Thrown to roll a tried run back once its results are in hand. */
class TriedOut extends Error {}

/**
 * What a rule (saved or not) would do on the latest events its trigger matches, ticket by ticket, as
 * the caller (who would own it), through the same conditions and actions as a real run: each run
 * happens in a transaction that is then rolled back, so nothing is written, sent or notified.
 */
export async function dryRunWorkflow(deps: Deps, actor: Actor, input: z.infer<typeof dryRunInput>): Promise<DryRun> {
  const { projectKey, events: limit, name, ...definition } = input;
  let projectIds: string[] | null = null;
  if (projectKey) {
    const access = await projectAccess(deps.db, actor, projectKey);
    assertProjectCan(access, 'project:manage');
    projectIds = [access.project.id];
  } else assertCan(actor, 'workflows:global');
  const impossible = cannotRun(definition);
  if (impossible) throw invalid(impossible.field, impossible.message);
  const ruleId = randomUUID();
  if (definition.trigger.type === 'schedule') {
    const tickets = await scheduledCandidates(
      deps,
      actor,
      {
        id: ruleId,
        version: 1,
        projectId: projectIds?.[0] ?? null,
        conditions: definition.conditions,
        timeZone: conditionsZoneOf(definition.trigger),
      },
      null,
      limit,
    );
    const tried: DryRun = [];
    for (const ticket of tickets) {
      tried.push(await tryOn(deps, actor, { ...input, ruleId }, { ...ticket, eventId: null, eventType: 'schedule' }));
    }
    return tried;
  }
  const rule = { id: ruleId, definition };
  const candidates = await deps.db
    .select({ event: events, ticketKey: tickets.key })
    .from(events)
    .innerJoin(tickets, eq(tickets.id, events.ticketId))
    .innerJoin(projects, eq(projects.id, events.projectId))
    .where(
      and(
        eq(events.type, definition.trigger.event),
        isNotNull(events.ticketId),
        projectIds ? inArray(events.projectId, projectIds) : undefined,
      ),
    )
    .orderBy(desc(events.id))
    .limit(limit * 5);
  const tried: DryRun = [];
  for (const { event, ticketKey } of candidates) {
    if (tried.length >= limit) break;
    if (!event.ticketId || !event.projectId || !triggerMatches(rule, event)) continue;
    const target = { id: event.ticketId, key: ticketKey, projectId: event.projectId };
    const outcome = await tryOn(
      deps,
      actor,
      { ...input, ruleId },
      { ...target, eventId: event.id, eventType: event.type },
    );
    tried.push(outcome);
  }
  return tried;
}

/** One run tried as the caller, on one ticket, in a transaction rolled back once its results are in. */
async function tryOn(
  deps: Deps,
  actor: Actor,
  rule: z.infer<typeof dryRunInput> & { ruleId: string },
  ticket: { id: string; key: string; projectId: string; eventId: number | null; eventType: string },
): Promise<DryRun[number]> {
  const { ruleId, name } = rule;
  const as: Actor = { ...actor, via: { kind: 'automation', ruleId, ruleName: name, runId: randomUUID(), depth: 1 } };
  const outcome: DryRun[number] = {
    eventId: ticket.eventId,
    eventType: ticket.eventType,
    ticketKey: ticket.key,
    matched: false,
    reason: null,
    actions: [],
    error: null,
  };
  try {
    await deps.db.transaction(async (tx) => {
      const inTx = { ...deps, db: tx };
      const calendar = calendarOf(conditionsZoneOf(rule.trigger));
      outcome.matched = await ticketMatches(inTx, as, ticket.id, rule.conditions, calendar);
      if (!outcome.matched) outcome.reason = notMatchedReason(rule.conditions);
      // A schedule passes over a ticket that cannot make its moves, as its real run does.
      const [current] = await tx.select({ status: tickets.status }).from(tickets).where(eq(tickets.id, ticket.id));
      const refused = ticket.eventId === null && current ? forbiddenMove(current.status, rule.actions) : null;
      if (outcome.matched && refused) {
        outcome.matched = false;
        outcome.reason = refused;
      }
      if (outcome.matched) {
        const context = {
          deps: inTx,
          actor: as,
          key: ticket.key,
          projectId: ticket.projectId,
          eventId: ticket.eventId,
          ruleId,
          ruleName: name,
        };
        for (const action of rule.actions) outcome.actions.push({ ...(await applyAction(context, action)) });
      }
      throw new TriedOut();
    });
  } catch (error) {
    if (!(error instanceof TriedOut)) outcome.error = error instanceof Error ? error.message : String(error);
  }
  return outcome;
}
