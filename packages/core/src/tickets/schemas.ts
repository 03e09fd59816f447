import { ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { z } from 'zod';
import { dateTimeParam, isoDate } from '../date-range.ts';
import { int4 } from '../integers.ts';
import { cursorSchema, limitSchema } from '../pagination.ts';
import { projectKeySchema } from '../projects/schemas.ts';
import { booleanParam, csv } from '../query-params.ts';
import { slaStates, ticketSlaSchema } from '../sla/schemas.ts';
import { safeText, uuidInput } from '../text.ts';
import { timeZoneName } from '../time-zone.ts';

export const statusSchema = z.enum(ticketStatuses);
export const prioritySchema = z.enum(ticketPriorities);

const TICKET_KEY_MESSAGE = 'A ticket key looks like TSK-1001';
// A project key (≤ 10), a dash, a number of at most 9 digits (an int4 column).
export const ticketKeySchema = safeText({ max: 20, tooLong: TICKET_KEY_MESSAGE, trim: true })
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$/, TICKET_KEY_MESSAGE);

export const titleSchema = safeText({ max: 200, tooLong: 'Title is at most 200 characters', trim: true }).min(
  1,
  'Title is required',
);
const DESCRIPTION_TOO_LONG = 'Description is at most 100 KB';
// 100 KB of markdown, counted in UTF-8 bytes as stored.
export const descriptionSchema = safeText({ max: 100_000, maxBytes: 100_000, tooLong: DESCRIPTION_TOO_LONG });
// The bytes bound keeps a ticket's labels (and assignees) within one btree entry of the created-at
// index, which carries them for the reports: 20 labels of 100 bytes and 20 assignees fit.
export const labelSchema = safeText({
  max: 50,
  tooLong: 'A label is at most 50 characters (100 bytes)',
  maxBytes: 100,
  trim: true,
}).min(1);
export const labelsSchema = z
  .array(labelSchema)
  .max(20, 'At most 20 labels')
  .transform((labels) => [...new Set(labels)]);
export const assigneeIdsSchema = z
  .array(uuidInput())
  .max(20, 'At most 20 assignees')
  .transform((ids) => [...new Set(ids)]);
export const dueDateSchema = isoDate('A due date is YYYY-MM-DD').nullable();
export const versionSchema = int4(1).describe('The version you read; a stale one answers 409 E_CONFLICT');

const personSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'PersonRef' });

export const ticketSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    projectKey: z.string(),
    number: z.number().int(),
    title: z.string(),
    description: z.string(),
    status: statusSchema,
    allowedTransitions: z
      .array(statusSchema)
      .describe('The statuses this ticket may move to from its status now (the transition table)'),
    priority: prioritySchema,
    departmentId: z.uuid().nullable(),
    reporter: personSchema,
    assignees: z.array(personSchema),
    labels: z.array(z.string()),
    dueDate: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
    closedAt: z.date().nullable(),
    /** The first time it went in progress (cycle time runs from here). */
    startedAt: z.date().nullable(),
    sla: ticketSlaSchema.describe('SLA clocks from the project’s policy (all null without one)'),
  })
  .meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof ticketSchema>;

export const createTicketInput = z.object({
  projectKey: projectKeySchema,
  title: titleSchema,
  description: descriptionSchema.default(''),
  priority: prioritySchema.default('medium'),
  departmentId: uuidInput().nullable().optional(),
  assigneeIds: assigneeIdsSchema.default([]),
  labels: labelsSchema.default([]),
  dueDate: dueDateSchema.optional(),
});
export type CreateTicketInput = z.infer<typeof createTicketInput>;

export const ticketKeyInput = z.object({ key: ticketKeySchema });

/** Field edits; each is optional, `null` clears a nullable field. */
export const ticketFieldsSchema = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  priority: prioritySchema.optional(),
  departmentId: uuidInput().nullable().optional(),
  dueDate: dueDateSchema.optional(),
  labels: labelsSchema.optional().describe('The full new set of labels'),
});

export const updateTicketInput = ticketFieldsSchema.extend({ key: ticketKeySchema, version: versionSchema });
export type UpdateTicketInput = z.infer<typeof updateTicketInput>;

export const transitionTicketInput = z.object({ key: ticketKeySchema, version: versionSchema, status: statusSchema });
export type TransitionTicketInput = z.infer<typeof transitionTicketInput>;

export const assignTicketInput = z.object({
  key: ticketKeySchema,
  version: versionSchema,
  assigneeIds: assigneeIdsSchema.describe('The full new set of assignees'),
});
export type AssignTicketInput = z.infer<typeof assignTicketInput>;

export const bulkUpdateInput = z.object({
  tickets: z
    .array(z.object({ key: ticketKeySchema, version: versionSchema }))
    .min(1)
    .max(100, 'At most 100 tickets per bulk update'),
  changes: z
    .object({
      status: statusSchema.optional(),
      priority: prioritySchema.optional(),
      assigneeIds: assigneeIdsSchema.optional(),
      labels: labelsSchema.optional(),
    })
    .refine((changes) => Object.values(changes).some((value) => value !== undefined), 'Name at least one change'),
});
export type BulkUpdateInput = z.infer<typeof bulkUpdateInput>;

export const bulkResultSchema = z.object({ tickets: z.array(ticketSchema) });

export const sortFields = ['created', 'updated', 'priority', 'due', 'key', 'relevance'] as const;

const emailFilter = z.email('A user id, `me`, or an email address').max(254).toLowerCase();

/**
 * Which tickets: the one filter model. The list's structured parameters are these fields, and the
 * query language (core/query) parses its text into exactly this object.
 */
export const ticketFilterSchema = z.object({
  projectKeys: csv(projectKeySchema, 100, 'At most 100 project keys')
    .optional()
    .describe('Comma-separated project keys'),
  status: csv(statusSchema, ticketStatuses.length, `At most ${ticketStatuses.length} statuses`)
    .optional()
    .describe('Comma-separated statuses'),
  priority: csv(prioritySchema, ticketPriorities.length, `At most ${ticketPriorities.length} priorities`)
    .optional()
    .describe('Comma-separated priorities'),
  assignee: z
    .union([z.literal('me'), z.literal('none'), uuidInput(), emailFilter])
    .optional()
    .describe('A user id, an email address, `me` or `none`'),
  reporter: z
    .union([z.literal('me'), uuidInput(), emailFilter])
    .optional()
    .describe('A user id, an email address or `me`'),
  departmentId: uuidInput().optional(),
  department: safeText({ max: 100, trim: true }).min(1).optional().describe('A department by name'),
  label: csv(labelSchema, 20, 'At most 20 labels').optional().describe('Comma-separated: any of these labels'),
  excludeLabels: csv(labelSchema, 20, 'At most 20 labels').optional().describe('Comma-separated: none of these labels'),
  createdFrom: dateTimeParam.optional(),
  createdTo: dateTimeParam.optional(),
  updatedFrom: dateTimeParam.optional(),
  updatedTo: dateTimeParam.optional(),
  dueFrom: isoDate().optional(),
  dueTo: isoDate().optional(),
  overdue: booleanParam.optional().describe('Due before today and not closed'),
  hasAttachments: booleanParam.optional().describe('With at least one attachment'),
  sla: z
    .enum(slaStates)
    .optional()
    .describe('breached: a target missed; at-risk: 80 % of a running target gone; met: closed within its targets'),
  q: safeText({ max: 200, trim: true }).optional().describe('Full-text search over key, title and description'),
});
export type TicketFilter = z.infer<typeof ticketFilterSchema>;

export const listTicketsInput = ticketFilterSchema.extend({
  query: safeText({ max: 1000, trim: true })
    .optional()
    .describe(
      'The query language, e.g. `status:open,in_progress priority>=high assignee:me printer`; combined with the other filters (AND)',
    ),
  view: uuidInput().optional().describe('A saved view: its query is ANDed in, its sort is the default'),
  timeZone: timeZoneName
    .optional()
    .describe("Where days begin (IANA name, default UTC): the query's today, yesterday and dates, and what is overdue"),
  sort: z.enum(sortFields).optional().describe('Default: relevance with q, else updated'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: desc (asc for key and due)'),
  limit: limitSchema,
  cursor: cursorSchema,
  includeTotal: booleanParam.optional().describe('Also count every match (one more query)'),
});
export type ListTicketsInput = z.infer<typeof listTicketsInput>;

export const ticketPageSchema = z
  .object({ items: z.array(ticketSchema), nextCursor: z.string().nullable(), total: z.number().int().optional() })
  .meta({ id: 'TicketPage' });
export type TicketPage = z.infer<typeof ticketPageSchema>;
