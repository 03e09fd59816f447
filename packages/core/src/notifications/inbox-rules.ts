import type { NotificationReason } from '@ticketing/db/schema';
import type { EventData, EventType } from '../events/catalog.ts';

/** The events that happen to a ticket: the ones its watchers hear of. */
export type TicketEventType = Extract<
  EventType,
  `ticket.${string}` | `comment.${string}` | `attachment.${string}` | `sla.${string}`
>;

/** One of them with its data, told apart by `type`. */
export type TicketEvent = { [T in TicketEventType]: { type: T; data: EventData<T> } }[TicketEventType];

/** The reasons the inbox consumer gives to watchers (the others are given by the engine that has them). */
export type InboxReason = Exclude<NotificationReason, 'webhook_disabled' | 'automation' | 'rule_disabled'>;

/** Most specific first: a person hears of an event once, for the first reason on this list that applies. */
export const reasonPrecedence = [
  'assigned',
  'mentioned',
  'status',
  'commented',
  'updated',
  'sla',
] as const satisfies readonly InboxReason[];

/** Who an event concerns beyond its watchers, and what the watchers are told. */
export interface InboxRule {
  /** The reason every watcher gets. */
  watchers: InboxReason;
  /**
   * Who watched when the event happened, where the event says (a new ticket: its reporter and
   * assignees). Otherwise the watchers are read when the batch runs, which can include someone who
   * started watching a moment after the event.
   */
  watchedBy?: readonly string[];
  /** People newly assigned by the event. */
  assigned?: readonly string[];
  /** A text the event wrote, and what it replaced: people it newly mentions are `mentioned`. */
  mentions?: { before: string; after: string };
}

/** What the consumer looks up before applying a rule (a new ticket's event does not carry its description). */
export interface RuleContext {
  descriptionAtCreation: string;
}

/**
 * Every ticket event and who hears of it. Keyed by every ticket.*, comment.*, attachment.* and sla.* type of the catalog,
 * so a new one does not typecheck until it is decided here.
 */
export const inboxRules: { [T in TicketEventType]: (data: EventData<T>, context: RuleContext) => InboxRule } = {
  'ticket.created': (data, context) => ({
    watchers: 'updated',
    watchedBy: [data.reporterId, ...data.assigneeIds],
    assigned: data.assigneeIds,
    mentions: { before: '', after: context.descriptionAtCreation },
  }),
  'ticket.updated': (data) => ({
    watchers: 'updated',
    ...(data.changes.description
      ? { mentions: { before: data.changes.description.old, after: data.changes.description.new } }
      : {}),
  }),
  'ticket.transitioned': () => ({ watchers: 'status' }),
  'ticket.assigned': (data) => ({ watchers: 'updated', assigned: data.added }),
  'ticket.deleted': () => ({ watchers: 'updated' }),
  'ticket.restored': () => ({ watchers: 'updated' }),
  'comment.added': (data) => ({ watchers: 'commented', mentions: { before: '', after: data.body } }),
  'comment.edited': (data) => ({ watchers: 'updated', mentions: { before: data.before, after: data.after } }),
  'comment.deleted': () => ({ watchers: 'updated' }),
  'attachment.added': () => ({ watchers: 'updated' }),
  'attachment.deleted': () => ({ watchers: 'updated' }),
  // The SLA job's warnings and breaches: everyone watching (the reporter and assignees among them).
  'sla.warning': () => ({ watchers: 'sla' }),
  'sla.breached': () => ({ watchers: 'sla' }),
};

export function ruleOf(event: TicketEvent, context: RuleContext): InboxRule {
  // The record is keyed by type, so the pair always matches; TypeScript cannot correlate them itself.
  const rule = inboxRules[event.type] as (data: TicketEvent['data'], context: RuleContext) => InboxRule;
  return rule(event.data, context);
}

export const isTicketEventType = (type: string): type is TicketEventType => Object.hasOwn(inboxRules, type);
