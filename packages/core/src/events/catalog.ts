import { projectRoles, roles, ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { z } from 'zod';

// Every event type and the shape of its `data`: what changed, with old and new values, enough for a
// consumer not to re-read the object. This is the one place event types are declared.

const uuid = z.uuid();
const status = z.enum(ticketStatuses);
const priority = z.enum(ticketPriorities);
const change = <T extends z.ZodType>(value: T) => z.object({ old: value, new: value });

/** A ticket as of the change: its key, and the version the change produced. */
const ticketRef = { key: z.string(), version: z.number().int() };

export const eventData = {
  'ticket.created': z.object({
    ...ticketRef,
    title: z.string(),
    status,
    priority,
    reporterId: uuid,
    assigneeIds: z.array(uuid),
    labels: z.array(z.string()),
  }),
  'ticket.updated': z.object({
    ...ticketRef,
    changes: z
      .object({
        title: change(z.string()),
        description: change(z.string()),
        priority: change(priority),
        departmentId: change(uuid.nullable()),
        dueDate: change(z.string().nullable()),
        labels: change(z.array(z.string())),
      })
      .partial(),
  }),
  'ticket.transitioned': z.object({ ...ticketRef, from: status, to: status }),
  'ticket.assigned': z.object({ ...ticketRef, added: z.array(uuid), removed: z.array(uuid) }),
  // The SLA job (core/sla): a target's warning (80 % of its time gone) and its breach, once each.
  'sla.warning': z.object({ ...ticketRef, target: z.enum(['firstResponse', 'resolution']), dueAt: z.string() }),
  'sla.breached': z.object({ ...ticketRef, target: z.enum(['firstResponse', 'resolution']), dueAt: z.string() }),
  'ticket.deleted': z.object(ticketRef),
  'ticket.restored': z.object(ticketRef),
  'comment.added': z.object({ ...ticketRef, commentId: uuid, authorId: uuid, body: z.string() }),
  'comment.edited': z.object({ ...ticketRef, commentId: uuid, authorId: uuid, before: z.string(), after: z.string() }),
  'comment.deleted': z.object({ ...ticketRef, commentId: uuid, authorId: uuid, body: z.string() }),
  'attachment.added': z.object({
    ...ticketRef,
    attachmentId: uuid,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
  }),
  'attachment.deleted': z.object({ ...ticketRef, attachmentId: uuid, fileName: z.string() }),
  'project.created': z.object({ key: z.string(), name: z.string(), leadId: uuid.nullable() }),
  'project.updated': z.object({
    key: z.string(),
    changes: z
      .object({ name: change(z.string()), description: change(z.string()), leadId: change(uuid.nullable()) })
      .partial(),
  }),
  'project.archived': z.object({ key: z.string() }),
  /** A new SLA policy (null: none); its tickets' clocks were recomputed in the same transaction. */
  'project.sla_changed': z.object({ key: z.string(), policy: z.record(z.string(), z.unknown()).nullable() }),
  'project.unarchived': z.object({ key: z.string() }),
  'member.added': z.object({ key: z.string(), userId: uuid, role: z.enum(projectRoles) }),
  'member.updated': z.object({ key: z.string(), userId: uuid, from: z.enum(projectRoles), to: z.enum(projectRoles) }),
  'member.removed': z.object({ key: z.string(), userId: uuid, role: z.enum(projectRoles) }),
  'user.created': z.object({ userId: uuid, email: z.string(), role: z.enum(roles), departmentId: uuid.nullable() }),
  'user.updated': z.object({
    userId: uuid,
    changes: z
      .object({
        name: change(z.string()),
        role: change(z.enum(roles)),
        departmentId: change(uuid.nullable()),
        active: change(z.boolean()),
      })
      .partial(),
  }),
  'user.password_changed': z.object({ userId: uuid }),
  'token.created': z.object({
    tokenId: uuid,
    userId: uuid,
    name: z.string(),
    scopes: z.array(z.string()),
    expiresAt: z.string().nullable(),
  }),
  'token.revoked': z.object({ tokenId: uuid, userId: uuid, name: z.string() }),
  'department.created': z.object({ departmentId: uuid, name: z.string() }),
  // Webhooks: never a secret, and the URL with its path and query redacted (they may hold the
  // receiver's own token), since project readers see these events in the feed.
  'webhook.created': z.object({
    webhookId: uuid,
    url: z.string(),
    eventTypes: z.array(z.string()).nullable(),
    active: z.boolean(),
  }),
  'webhook.updated': z.object({
    webhookId: uuid,
    changes: z
      .object({
        url: change(z.string()),
        eventTypes: change(z.array(z.string()).nullable()),
        active: change(z.boolean()),
      })
      .partial(),
  }),
  'webhook.deleted': z.object({ webhookId: uuid, url: z.string() }),
  'webhook.secret_rotated': z.object({ webhookId: uuid, previousSecretExpiresAt: z.string() }),
  /** Turned off by delivery itself: the receiver answered 410 Gone, or nothing succeeded for 3 days. */
  'webhook.disabled': z.object({
    webhookId: uuid,
    url: z.string(),
    reason: z.enum(['gone', 'failing']),
    failingSince: z.string().nullable(),
    responseStatus: z.number().int().nullable(),
  }),
  // Automation rules (core/workflows). A rule's notify action: its recipients find it in their inbox.
  'workflow.notified': z.object({
    key: z.string(),
    workflowId: uuid,
    ruleName: z.string(),
    to: z.enum(['watchers', 'assignees', 'reporter', 'users']),
    message: z.string(),
  }),
  /** Turned off by its runs: failed this many times in a row (its owner is told in the inbox). */
  'workflow.disabled': z.object({
    workflowId: uuid,
    name: z.string(),
    failures: z.number().int(),
    lastError: z.string().nullable(),
  }),
} as const;

export type EventType = keyof typeof eventData;
export const eventTypes = Object.keys(eventData) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventData)[T]>;

/** An event as a domain write hands it to recordEvents. */
export type NewEvent = {
  [T in EventType]: { type: T; projectId?: string | null; ticketId?: string | null; data: EventData<T> };
}[EventType];
