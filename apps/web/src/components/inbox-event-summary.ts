import type { RouterOutputs } from '@ticketing/client/types';

export type InboxNotification = RouterOutputs['notifications']['list']['items'][number];
type Reason = InboxNotification['reason'];
type InboxEvent = InboxNotification['event'];

/** Why this reached the inbox, in words (every reason the API has, or the build fails here). */
export const reasonLabels: Record<Reason, string> = {
  assigned: 'Assigned to you',
  mentioned: 'You were mentioned',
  status: 'Status changed',
  commented: 'New comment',
  updated: 'Updated',
  webhook_disabled: 'A webhook of yours was turned off',
  automation: 'From an automation rule',
  rule_disabled: 'A rule of yours was turned off',
  sla: 'SLA',
};

const words = (value: string) => value.replaceAll('_', ' ');

/**
 * What happened, in a few words; the ticket itself has the details. (The event type does not narrow
 * `data` on the client — the union's variants are erased to one shape — so fields are checked with `in`.)
 */
export function summarize(event: InboxEvent): string {
  const data = event.data;
  switch (event.type) {
    case 'ticket.created':
      return 'created the ticket';
    case 'ticket.transitioned':
      return 'from' in data && 'to' in data ? `moved it from ${words(data.from)} to ${words(data.to)}` : 'moved it';
    case 'ticket.assigned':
      return 'changed the assignees';
    case 'ticket.updated':
      return 'changes' in data ? `changed ${Object.keys(data.changes).map(words).join(', ')}` : 'changed the ticket';
    case 'ticket.deleted':
      return 'deleted the ticket';
    case 'ticket.restored':
      return 'restored the ticket';
    case 'comment.added':
      return 'commented';
    case 'comment.edited':
      return 'edited a comment';
    case 'comment.deleted':
      return 'deleted a comment';
    case 'webhook.disabled':
      return 'reason' in data ? `turned a webhook off (${words(data.reason)})` : 'turned a webhook off';
    case 'workflow.notified':
      return 'message' in data ? `says: “${data.message}”` : 'notified you';
    case 'workflow.disabled': {
      if (!('name' in data && 'failures' in data)) return 'turned a rule of yours off';
      const lastError = 'lastError' in data && data.lastError ? `; the last error: ${data.lastError}` : '';
      return `turned your rule “${data.name}” off: it failed ${data.failures} times in a row${lastError}`;
    }
    default:
      return words(event.type);
  }
}

/** Who did it: a person's name, a rule that notified ("Automation: <rule name>"), or the kind of actor. */
export function actorName(event: InboxEvent): string {
  if (event.type === 'workflow.notified' && 'ruleName' in event.data) return `Automation: ${event.data.ruleName}`;
  return event.actor.user?.name ?? (event.actor.kind === 'automation' ? 'An automation' : 'The system');
}
