import { webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { addComment } from '../comments/comments.ts';
import { commentBodySchema } from '../comments/schemas.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { assignTicket } from '../tickets/assign-ticket.ts';
import { getTicket } from '../tickets/get-ticket.ts';
import type { Ticket } from '../tickets/schemas.ts';
import { ticketAccess } from '../tickets/ticket-access.ts';
import { transitionTicket } from '../tickets/transition-ticket.ts';
import { updateTicket } from '../tickets/update-ticket.ts';
import { deliverWebhookJob } from '../webhooks/deliver-job.ts';
import { notifyAction } from './notify-action.ts';
import { nextInTurn, type Turn } from './round-robin.ts';
import type { WorkflowAction } from './schemas.ts';
import { fillTemplate, templateValues } from './template.ts';

/** What one action did: the field's value before and after, or why it changed nothing. */
export interface ActionResult {
  type: WorkflowAction['type'];
  before?: unknown;
  after?: unknown;
  skipped?: string;
  /** A round-robin assignment: whose turn it was, and which of the rule's picks (round-robin.ts). */
  roundRobin?: Turn;
}

export interface ActionContext {
  deps: Deps;
  actor: Actor;
  key: string;
  projectId: string;
  /** The event the run is for; null for a scheduled run. */
  eventId: number | null;
  ruleId: string;
  ruleName: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ATTEMPTS = 3;

/**
 * A change through the domain function a person would use, on the ticket as it is now; a version
 * conflict (someone changed it meanwhile) reads it again and tries again, up to three times.
 */
async function withFreshTicket<T>(context: ActionContext, change: (ticket: Ticket) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const ticket = await getTicket(context.deps, context.actor, { key: context.key });
    try {
      return await change(ticket);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'E_CONFLICT') || attempt >= ATTEMPTS) throw error;
    }
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

async function setAssignees(
  context: ActionContext,
  type: 'assign' | 'unassign',
  next: (ticket: Ticket) => string[],
): Promise<ActionResult> {
  return withFreshTicket(context, async (ticket) => {
    const before = ticket.assignees.map((person) => person.id);
    const after = [...new Set(next(ticket))];
    if (same(before, after)) return { type, skipped: 'no change' };
    await assignTicket(context.deps, context.actor, { key: ticket.key, version: ticket.version, assigneeIds: after });
    return { type, before, after };
  });
}

/** Carries out one action as the rule's owner, attributed to the rule. */
export async function applyAction(context: ActionContext, action: WorkflowAction): Promise<ActionResult> {
  const { deps, actor } = context;
  const update = (field: 'priority' | 'departmentId' | 'dueDate' | 'labels', next: (ticket: Ticket) => unknown) =>
    withFreshTicket(context, async (ticket): Promise<ActionResult> => {
      const before = ticket[field];
      const after = next(ticket);
      if (JSON.stringify(before) === JSON.stringify(after)) return { type: action.type, skipped: 'no change' };
      await updateTicket(deps, actor, { key: ticket.key, version: ticket.version, [field]: after });
      return { type: action.type, before, after };
    });
  switch (action.type) {
    case 'setPriority':
      return update('priority', () => action.priority);
    case 'setDepartment':
      return update('departmentId', () => action.departmentId);
    case 'setDueDate': {
      const due =
        action.inDays === null ? null : new Date(Date.now() + action.inDays * DAY_MS).toISOString().slice(0, 10);
      return update('dueDate', () => due);
    }
    case 'addLabels':
      return update('labels', (ticket) => [...new Set([...ticket.labels, ...action.labels])].sort());
    case 'removeLabels':
      return update('labels', (ticket) => ticket.labels.filter((label) => !action.labels.includes(label)));
    case 'assign': {
      const { assignee } = action;
      if (assignee.kind === 'user')
        return setAssignees(context, 'assign', (ticket) => [...ticket.assignees.map((p) => p.id), assignee.userId]);
      if (assignee.kind === 'reporter') {
        return setAssignees(context, 'assign', (ticket) => [...ticket.assignees.map((p) => p.id), ticket.reporter.id]);
      }
      const turn = await nextInTurn(context, assignee.role);
      const result = await setAssignees(context, 'assign', (ticket) => [
        ...ticket.assignees.map((p) => p.id),
        turn.userId,
      ]);
      return result.skipped ? result : { ...result, roundRobin: turn };
    }
    case 'unassign':
      return setAssignees(context, 'unassign', (ticket) =>
        action.userId ? ticket.assignees.map((p) => p.id).filter((id) => id !== action.userId) : [],
      );
    case 'transition':
      return withFreshTicket(context, async (ticket): Promise<ActionResult> => {
        if (ticket.status === action.status) return { type: 'transition', skipped: `already ${action.status}` };
        await transitionTicket(deps, actor, { key: ticket.key, version: ticket.version, status: action.status });
        return { type: 'transition', before: ticket.status, after: action.status };
      });
    case 'comment': {
      const ticket = await getTicket(deps, actor, { key: context.key });
      const body = fillTemplate(action.body, templateValues(ticket, context.ruleName));
      const checked = commentBodySchema.safeParse(body);
      if (!checked.success)
        throw new DomainError('E_VALIDATION', 'The comment, filled in, is longer than a comment may be');
      const comment = await addComment(deps, actor, { key: ticket.key, body: checked.data });
      return { type: 'comment', after: comment.id };
    }
    case 'webhook': {
      // The triggering event, sent to one webhook of the project (whatever event types it takes), if
      // the rule's owner may still run the project's webhooks.
      assertProjectCan(await ticketAccess(deps.db, actor, context.key), 'project:manage');
      // Refused when saved (cannotRun): a scheduled run has no event.
      if (context.eventId === null) throw new DomainError('E_VALIDATION', 'A scheduled run has no event to send');
      const [hook] = await deps.db
        .select({ id: webhooks.id })
        .from(webhooks)
        .where(
          and(eq(webhooks.id, action.webhookId), eq(webhooks.projectId, context.projectId), eq(webhooks.active, true)),
        );
      if (!hook) throw new DomainError('E_NOT_FOUND', 'The webhook is not an active webhook of this project');
      const [delivery] = await deps.db
        .insert(webhookDeliveries)
        .values({ webhookId: hook.id, eventId: context.eventId })
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      if (!delivery) return { type: 'webhook', skipped: 'this event was already sent to it' };
      await enqueueJob(deps.db, deliverWebhookJob, { deliveryId: delivery.id }, { idempotencyKey: delivery.id });
      return { type: 'webhook', after: delivery.id };
    }
    case 'notify':
      return notifyAction(context, action);
  }
}
