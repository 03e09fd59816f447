import { notificationReasons } from '@ticketing/db/schema';
import { z } from 'zod';
import { eventSchema } from '../events/schemas.ts';
import { cursorSchema, limitSchema } from '../pagination.ts';
import { booleanParam } from '../query-params.ts';

/** Notification ids come from a bigint sequence; JSON carries them as numbers, exact up to 2^53. */
export const notificationIdSchema = z
  .number({ message: 'A notification id is a whole number' })
  .int('A notification id is a whole number')
  .min(1)
  .max(Number.MAX_SAFE_INTEGER);

export const MAX_MARK_READ_IDS = 100;

export const notificationSchema = z
  .object({
    id: notificationIdSchema.describe('Increasing: newer notifications have larger ids'),
    reason: z.enum(notificationReasons),
    read: z.boolean(),
    createdAt: z.date(),
    ticket: z
      .object({ id: z.uuid(), key: z.string(), title: z.string() })
      .nullable()
      .describe('The ticket it is about, as it is now; null for a notification about no ticket'),
    event: eventSchema,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z
  .object({ items: z.array(notificationSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const listNotificationsInput = z.object({
  unread: booleanParam.optional().describe('true: only unread notifications'),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type ListNotificationsInput = z.infer<typeof listNotificationsInput>;

const NAME_ONE = 'Send either ids or all: true';

export const markReadInput = z
  .object({
    ids: z
      .array(notificationIdSchema)
      .min(1, 'Name at least one notification')
      .max(MAX_MARK_READ_IDS, `At most ${MAX_MARK_READ_IDS} ids`)
      .transform((ids) => [...new Set(ids)])
      .optional()
      .describe('Your notifications to mark read; ids that are not yours are ignored'),
    all: z.literal(true).optional().describe('Mark every notification of yours read'),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { message: NAME_ONE, path: ['ids'] });
export type MarkReadInput = z.infer<typeof markReadInput>;

/** Counting stops here: the cost of a count stays bounded however many are unread. */
export const UNREAD_COUNT_CAP = 1000;

export const unreadCountSchema = z
  .object({
    unread: z
      .number()
      .int()
      .describe(`Unread notifications you can see, counted up to ${UNREAD_COUNT_CAP} (that many or more)`),
  })
  .meta({ id: 'UnreadCount' });
export type UnreadCount = z.infer<typeof unreadCountSchema>;
