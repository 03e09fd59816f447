import { notifications, ticketWatchers } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { recordEvents } from '../events/record-events.ts';
import { readableBy, readerKey } from '../notifications/readable-by.ts';
import { getTicket } from '../tickets/get-ticket.ts';
import type { ActionContext, ActionResult } from './apply-action.ts';
import type { WorkflowAction } from './schemas.ts';
import { fillTemplate, templateValues } from './template.ts';

type NotifyAction = Extract<WorkflowAction, { type: 'notify' }>;

/**
 * The notify action: the message, filled in, reaches the chosen people's inboxes (reason
 * `automation`) through a `workflow.notified` event, both written in the run's transaction, so a
 * run rolled back (or tried in a dry run) tells no one, and a retried one finds its run done. Only
 * people who may read the project now are told; the owner too, if among them (they asked for it).
 */
export async function notifyAction(context: ActionContext, action: NotifyAction): Promise<ActionResult> {
  const { deps, actor } = context;
  const ticket = await getTicket(deps, actor, { key: context.key });
  const people =
    action.to === 'watchers'
      ? (
          await deps.db
            .select({ userId: ticketWatchers.userId })
            .from(ticketWatchers)
            .where(eq(ticketWatchers.ticketId, ticket.id))
        ).map((row) => row.userId)
      : action.to === 'assignees'
        ? ticket.assignees.map((person) => person.id)
        : action.to === 'users'
          ? (action.userIds ?? [])
          : [ticket.reporter.id];
  const readable = await readableBy(
    deps.db,
    people.map((userId) => ({ projectId: context.projectId, userId })),
  );
  const recipients = [...new Set(people)]
    .filter((userId) => readable.has(readerKey({ projectId: context.projectId, userId })))
    .sort();
  if (recipients.length === 0) return { type: 'notify', skipped: `no ${action.to} to notify` };
  const message = fillTemplate(action.message, templateValues(ticket, context.ruleName));
  const [eventId] = await recordEvents(deps.db, actor, [
    {
      type: 'workflow.notified',
      projectId: context.projectId,
      ticketId: ticket.id,
      data: { key: ticket.key, workflowId: context.ruleId, ruleName: context.ruleName, to: action.to, message },
    },
  ]);
  if (eventId === undefined) throw new Error('the notification event was not recorded');
  await deps.db
    .insert(notifications)
    .values(recipients.map((userId) => ({ userId, eventId, ticketId: ticket.id, reason: 'automation' as const })))
    .onConflictDoNothing();
  return { type: 'notify', after: recipients };
}
