import { actorKinds } from '@ticketing/db/schema';
import { z } from 'zod';
import { projectKeySchema } from '../projects/schemas.ts';
import { csv } from '../query-params.ts';
import { uuidInput } from '../text.ts';
import { type EventType, eventData, eventTypes } from './catalog.ts';

const ref = z.object({ id: z.uuid(), key: z.string() });

const eventBase = {
  id: z.number().int().describe('Increasing; pass the last one you saw as `after`'),
  createdAt: z.date(),
  project: ref.nullable(),
  ticket: ref.nullable(),
  actor: z
    .object({
      kind: z.enum(actorKinds),
      user: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('The person, for kind user'),
      via: z.enum(['session', 'token']).nullable(),
    })
    .meta({ id: 'EventActor' }),
};

const variant = <T extends EventType>(type: T) =>
  z.object({ ...eventBase, type: z.literal(type), data: eventData[type] });

/** An event as every API returns it: one variant per type, told apart by `type`. */
export const eventSchema = z
  .discriminatedUnion(
    'type',
    eventTypes.map(variant) as unknown as [ReturnType<typeof variant>, ...ReturnType<typeof variant>[]],
  )
  .meta({ id: 'Event' });
export type Event = z.infer<typeof eventSchema>;

export const eventTypeSchema = z.enum(eventTypes as [EventType, ...EventType[]]);

/** The last event id a reader has seen (0: from the beginning). */
const afterSchema = z.coerce
  .number({ message: 'after is an event id (a whole number)' })
  .int('after is an event id (a whole number)')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .default(0)
  .describe('Return events after this id (0: from the beginning); pass the previous page’s nextAfter');

const limitSchema = z.coerce.number().int().min(1).max(500).default(100);
const typesSchema = csv(eventTypeSchema, eventTypes.length, `At most ${eventTypes.length} types`)
  .optional()
  .describe('Comma-separated event types');

export const listEventsInput = z.object({
  after: afterSchema,
  projectKeys: csv(projectKeySchema, 100, 'At most 100 project keys')
    .optional()
    .describe('Comma-separated project keys'),
  types: typesSchema,
  limit: limitSchema,
});
export type ListEventsInput = z.infer<typeof listEventsInput>;

export const auditLogInput = z.object({
  after: afterSchema,
  types: typesSchema,
  actor: uuidInput('Not a valid user id').optional().describe('Only what this user did'),
  limit: limitSchema,
});
export type AuditLogInput = z.infer<typeof auditLogInput>;

export const eventPageSchema = z
  .object({
    items: z.array(eventSchema),
    nextAfter: z.number().int().describe('Pass as `after` for the next page; equal to `after` when nothing is new'),
  })
  .meta({ id: 'EventPage' });
export type EventPage = z.infer<typeof eventPageSchema>;
