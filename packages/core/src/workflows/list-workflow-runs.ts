import { events, tickets, workflowRunOutcomes, workflowRuns } from '@ticketing/db/schema';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { uuidInput } from '../text.ts';
import { workflowAccess } from './workflow-access.ts';

export const listWorkflowRunsInput = z.object({
  id: uuidInput(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const workflowRunSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().describe('The version of the rule that ran'),
    eventId: z.number().int().nullable().describe('The event it ran on; null for a scheduled run'),
    eventType: z.string().nullable().describe('That event’s type (ticket.created …); null for a scheduled run'),
    scheduledAt: z.date().nullable().describe('A scheduled run: the time it was due'),
    ticketKey: z.string().nullable(),
    depth: z.number().int().describe('1 for a change by a person; one more for each rule in a chain'),
    outcome: z.enum(workflowRunOutcomes),
    reason: z.string().nullable().describe('Why it did not match, or why a chain was stopped'),
    actions: z
      .array(z.record(z.string(), z.unknown()))
      .describe('Each action: its type, before and after, or why it was skipped'),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    createdAt: z.date(),
  })
  .meta({ id: 'WorkflowRun' });
export type WorkflowRun = z.infer<typeof workflowRunSchema>;

/** The latest runs of a rule, newest first: whoever manages the rule sees them. */
export async function listWorkflowRuns(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listWorkflowRunsInput>,
): Promise<WorkflowRun[]> {
  await workflowAccess(deps.db, actor, input.id);
  const rows = await deps.db
    .select({ run: workflowRuns, ticketKey: tickets.key, eventType: events.type })
    .from(workflowRuns)
    .leftJoin(tickets, eq(tickets.id, workflowRuns.ticketId))
    .leftJoin(events, eq(events.id, workflowRuns.eventId))
    .where(eq(workflowRuns.workflowId, input.id))
    .orderBy(desc(workflowRuns.createdAt), desc(workflowRuns.id))
    .limit(input.limit);
  return rows.map(({ run, ticketKey, eventType }) => ({
    id: run.id,
    version: run.version,
    eventId: run.eventId,
    eventType,
    scheduledAt: run.scheduledAt,
    ticketKey,
    depth: run.depth,
    outcome: run.outcome,
    reason: run.reason,
    actions: run.actions as Record<string, unknown>[],
    error: run.error,
    durationMs: run.durationMs,
    createdAt: run.createdAt,
  }));
}
