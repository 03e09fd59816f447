import { projectRoles, type TicketStatus, ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { z } from 'zod';
import { projectKeySchema } from '../projects/schemas.ts';
import { parseQuery } from '../query/parse-query.ts';
import { slaTargetKinds } from '../sla/schemas.ts';
import { safeText, uuidInput } from '../text.ts';
import { labelsSchema, prioritySchema } from '../tickets/schemas.ts';
import { transitions } from '../tickets/transitions.ts';
import { timeZoneSchema } from '../time-zone.ts';
import { placeholders, unknownPlaceholder } from './template.ts';

/** The events of the event log a rule may start from. */
export const triggerEvents = [
  'ticket.created',
  'ticket.updated',
  'ticket.transitioned',
  'ticket.assigned',
  'comment.added',
  'attachment.added',
  'sla.breached',
  'sla.warning',
] as const;

/** Fields whose change a `ticket.updated` trigger may be narrowed to. */
export const updatedFields = ['title', 'description', 'priority', 'departmentId', 'dueDate', 'labels'] as const;
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Whom a notify action tells: the ticket's watchers, assignees or reporter, or named people. */
export const notifyTargets = ['watchers', 'assignees', 'reporter', 'users'] as const;

const MAX_EVERY_MINUTES = 7 * 24 * 60;
const status = z.enum(ticketStatuses);
/** A status (transitions) or a priority (a priority change): the two sets do not overlap. */
const changeValue = z.enum([...ticketStatuses, ...ticketPriorities]);
export const isStatus = (value: string): value is TicketStatus => (ticketStatuses as readonly string[]).includes(value);

const eventTrigger = z
  .object({
    type: z.literal('event'),
    event: z.enum(triggerEvents),
    fields: z
      .array(z.enum(updatedFields))
      .min(1)
      .max(updatedFields.length)
      .optional()
      .describe('ticket.updated only: any of these changed'),
    from: changeValue
      .optional()
      .describe('ticket.transitioned: from this status; ticket.updated of priority: from this priority'),
    to: changeValue
      .optional()
      .describe('ticket.transitioned: to this status; ticket.updated of priority: to this priority'),
    target: z.enum(slaTargetKinds).optional().describe('sla.warning and sla.breached only: for this target'),
  })
  .superRefine((trigger, context) => {
    if (trigger.fields && trigger.event !== 'ticket.updated') {
      context.addIssue({ code: 'custom', path: ['fields'], message: 'Only a ticket.updated trigger names fields' });
    }
    if (trigger.target && !trigger.event.startsWith('sla.')) {
      context.addIssue({ code: 'custom', path: ['target'], message: 'Only an SLA trigger names a target' });
    }
    for (const key of ['from', 'to'] as const) {
      const value = trigger[key];
      if (!value) continue;
      const priorityChange = trigger.event === 'ticket.updated' && trigger.fields?.join() === 'priority';
      const fits =
        trigger.event === 'ticket.transitioned'
          ? isStatus(value)
          : priorityChange && (ticketPriorities as readonly string[]).includes(value);
      if (!fits) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is a status of a ticket.transitioned trigger, or a priority of a ticket.updated trigger on priority alone`,
        });
      }
    }
  });

const scheduleTrigger = z
  .object({
    type: z.literal('schedule'),
    every: z
      .string()
      .max(8)
      .regex(/^\d{1,5}[mh]$/, 'An interval such as 15m or 2h (minutes or hours)')
      .optional()
      .describe('Every N minutes (`15m`) or hours (`2h`); at least 1 minute, at most 7 days'),
    at: z
      .string()
      .max(5)
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day as HH:MM')
      .optional()
      .describe('Daily (or on `days`) at this time of day'),
    days: z.array(z.enum(weekdays)).min(1).max(7).optional().describe('With `at`: only on these days'),
    timeZone: timeZoneSchema.describe('Where `at` and `days` are reckoned (IANA name); default UTC'),
  })
  .superRefine((trigger, context) => {
    if (Boolean(trigger.every) === Boolean(trigger.at)) {
      context.addIssue({ code: 'custom', path: ['every'], message: 'A schedule has either `every` or `at`' });
    }
    if (trigger.days && !trigger.at) {
      context.addIssue({ code: 'custom', path: ['days'], message: '`days` goes with `at`' });
    }
    if (trigger.every) {
      const minutes = Number.parseInt(trigger.every, 10) * (trigger.every.endsWith('h') ? 60 : 1);
      if (minutes < 1 || minutes > MAX_EVERY_MINUTES) {
        context.addIssue({
          code: 'custom',
          path: ['every'],
          message: 'A schedule runs at most every minute and at least weekly',
        });
      }
    }
  });

export const triggerSchema = z.discriminatedUnion('type', [eventTrigger, scheduleTrigger]);
export type ScheduleTrigger = z.infer<typeof scheduleTrigger>;

/** A rule's words: at most this long, with only the known `{{placeholders}}`. */
const template = (max: number) =>
  safeText({ max, trim: true })
    .min(1)
    .superRefine((text, context) => {
      const unknown = unknownPlaceholder(text);
      if (unknown) {
        context.addIssue({
          code: 'custom',
          message: `Unknown placeholder {{${unknown.name}}} (at ${unknown.position + 1}); known: ${placeholders.join(', ')}`,
        });
      }
    })
    .describe(`Text with placeholders: ${placeholders.map((name) => `{{${name}}}`).join(', ')}`);

const assignee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: uuidInput() }),
  z.object({ kind: z.literal('reporter') }),
  z.object({
    kind: z.literal('roundRobin'),
    role: z.enum(projectRoles).describe('Among the project members with this role'),
  }),
]);

export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setPriority'), priority: prioritySchema }),
  z.object({ type: z.literal('setDepartment'), departmentId: uuidInput().nullable() }),
  z.object({
    type: z.literal('setDueDate'),
    inDays: z.number().int().min(0).max(3650).nullable().describe('Days after the run; null clears the due date'),
  }),
  z.object({ type: z.literal('addLabels'), labels: labelsSchema.pipe(z.array(z.string()).min(1)) }),
  z.object({ type: z.literal('removeLabels'), labels: labelsSchema.pipe(z.array(z.string()).min(1)) }),
  z.object({ type: z.literal('assign'), assignee }),
  z.object({ type: z.literal('unassign'), userId: uuidInput().optional().describe('Everyone when absent') }),
  z.object({ type: z.literal('transition'), status }),
  z.object({ type: z.literal('comment'), body: template(10_000) }),
  z
    .object({
      type: z.literal('notify'),
      to: z.enum(notifyTargets),
      userIds: z.array(uuidInput()).min(1).max(20).optional().describe('With `to: users`: these people'),
      message: template(500),
    })
    .superRefine((action, context) => {
      if ((action.to === 'users') !== (action.userIds !== undefined)) {
        context.addIssue({
          code: 'custom',
          path: ['userIds'],
          message: '`userIds` goes with `to: users`, and only then',
        });
      }
    }),
  z.object({ type: z.literal('webhook'), webhookId: uuidInput() }),
]);
export type WorkflowAction = z.infer<typeof actionSchema>;

/** Conditions in the query language, checked when saved (an error points into the text). */
export const conditionsSchema = safeText({ max: 1000, trim: true })
  .superRefine((query, context) => {
    if (!query) return;
    try {
      parseQuery(query);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : 'Not a valid query' });
    }
  })
  .describe('Which tickets, in the query language (as the ticket list); empty: every ticket');

export const definitionSchema = z.object({
  trigger: triggerSchema,
  conditions: conditionsSchema.default(''),
  actions: z.array(actionSchema).min(1, 'A rule does at least one thing').max(20),
  allowRuleTrigger: z.boolean().default(false).describe('Also run on changes other rules made (off: as in Jira)'),
});

/**
 * What no run could do, refused when saved rather than failing at every run: a webhook action on a
 * schedule (no event to send), a transition the table forbids from every status the ticket can be in
 * then (known from a `to` trigger or a `status:` condition, and from earlier transition actions).
 * A `ticket.created` trigger says nothing of the status: a create makes an open ticket, but an import
 * makes tickets in any status, with the same event (import-tickets.ts).
 */
export function cannotRun(definition: WorkflowDefinition): { field: string; message: string } | null {
  const { trigger, actions } = definition;
  const webhook = actions.findIndex((action) => action.type === 'webhook');
  if (trigger.type === 'schedule' && webhook >= 0) {
    return {
      field: `actions.${webhook}`,
      message: 'A scheduled rule has no event to send: the webhook action goes with an event trigger',
    };
  }
  const conditioned = definition.conditions ? parseQuery(definition.conditions).status : undefined;
  const toStatus = trigger.type === 'event' && trigger.event === 'ticket.transitioned' ? trigger.to : undefined;
  let possible: readonly TicketStatus[] = toStatus && isStatus(toStatus) ? [toStatus] : ticketStatuses;
  if (conditioned) possible = possible.filter((state) => conditioned.includes(state));
  for (const [index, action] of actions.entries()) {
    if (action.type !== 'transition') continue;
    const from = possible.filter((state) => state !== action.status);
    const allowed = from.some((state) => (transitions[state] as readonly TicketStatus[]).includes(action.status));
    if (from.length > 0 && !allowed) {
      return {
        field: `actions.${index}`,
        message: `A ticket cannot move from ${from.join(' or ')} to ${action.status} (the transition table allows ${from
          .map((state) => `${state} → ${transitions[state].join(', ')}`)
          .join('; ')})`,
      };
    }
    possible = [action.status];
  }
  return null;
}

export type WorkflowDefinition = z.infer<typeof definitionSchema>;

const nameSchema = safeText({ max: 100, trim: true }).min(1, 'A rule needs a name');

export const createWorkflowInput = definitionSchema.extend({
  name: nameSchema,
  projectKey: projectKeySchema.optional().describe('The project it acts in; a global rule (admins) when absent'),
  enabled: z.boolean().default(false),
});
export type CreateWorkflowInput = z.infer<typeof createWorkflowInput>;

export const workflowIdInput = z.object({ id: uuidInput() });

export const updateWorkflowInput = z.object({
  id: uuidInput(),
  version: z.number().int().min(1).describe('The version edited; a newer one is a conflict'),
  name: nameSchema.optional(),
  trigger: triggerSchema.optional(),
  conditions: conditionsSchema.optional(),
  actions: z.array(actionSchema).min(1, 'A rule does at least one thing').max(20).optional(),
  allowRuleTrigger: z.boolean().optional(),
});
export type UpdateWorkflowInput = z.infer<typeof updateWorkflowInput>;

export const listWorkflowsInput = z
  .object({ projectKey: projectKeySchema.optional().describe('Only this project’s rules (and no global ones)') })
  .optional();

export const workflowSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    projectKey: z.string().nullable().describe('null: a global rule'),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    enabled: z.boolean(),
    version: z.number().int(),
    trigger: triggerSchema,
    conditions: z.string(),
    actions: z.array(actionSchema),
    allowRuleTrigger: z.boolean(),
    nextRunAt: z.date().nullable().describe('A scheduled rule that is on: when it next runs'),
    failures: z.number().int().describe('Runs failed in a row; at 10 the rule is turned off'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Workflow' });
export type Workflow = z.infer<typeof workflowSchema>;
