import { deliveryStates } from '@ticketing/db/schema';
import { z } from 'zod';
import { eventTypes } from '../events/catalog.ts';
import { eventTypeSchema } from '../events/schemas.ts';
import { cursorSchema, limitSchema } from '../pagination.ts';
import { projectKeySchema } from '../projects/schemas.ts';
import { bodyBoolean } from '../query-params.ts';
import { safeText, uuidInput } from '../text.ts';
import { parseHttpUrl } from './webhook-url.ts';

export const WEBHOOK_URL_MAX_LENGTH = 2000;

export const webhookSchema = z
  .object({
    id: z.uuid(),
    projectKey: z.string(),
    url: z.string(),
    eventTypes: z.array(eventTypeSchema).nullable().describe('The event types sent; null: every event of the project'),
    active: z.boolean(),
    disabledReason: z
      .string()
      .nullable()
      .describe('Why delivery turned the webhook off (410 Gone, or 3 days without a success); null otherwise'),
    failingSince: z.date().nullable().describe('Deliveries have failed since then without a success'),
    previousSecretExpiresAt: z.date().nullable().describe('After a rotation, the old secret also signs until then'),
    createdBy: z.uuid().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof webhookSchema>;

export const webhookWithSecretSchema = webhookSchema
  .extend({
    secret: z.string().describe('The signing secret (`whsec_…`), shown only now: verify `webhook-signature` with it'),
  })
  .meta({ id: 'WebhookWithSecret' });
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

const urlSchema = safeText({
  max: WEBHOOK_URL_MAX_LENGTH,
  trim: true,
  tooLong: `A webhook URL is at most ${WEBHOOK_URL_MAX_LENGTH} characters`,
})
  .refine((text) => parseHttpUrl(text) !== null, 'Not a valid URL: give an absolute https:// URL')
  .describe('Where events are POSTed: https (http only where the server allows it), a public address');

const eventTypesSchema = z
  .array(eventTypeSchema)
  .min(1, 'Name at least one event type, or null for all')
  .max(eventTypes.length)
  .transform((types) => [...new Set(types)])
  .nullable()
  .describe('Event types to send (see the Event schema); null for every event of the project');

export const createWebhookInput = z.object({
  key: projectKeySchema,
  url: urlSchema,
  eventTypes: eventTypesSchema.optional().describe('Event types to send; absent or null for all'),
  active: bodyBoolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const webhookIdInput = z.object({ id: uuidInput('Not a valid webhook id') });

export const updateWebhookInput = z.object({
  id: uuidInput('Not a valid webhook id'),
  url: urlSchema.optional(),
  eventTypes: eventTypesSchema.optional(),
  active: bodyBoolean().optional().describe('Turning a webhook back on clears its failing streak'),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;

export const webhookTestResultSchema = z
  .object({
    ok: z.boolean().describe('The receiver answered 2xx'),
    responseStatus: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookTestResult' });
export type WebhookTestResult = z.infer<typeof webhookTestResultSchema>;

export const deliverySchema = z
  .object({
    id: z.uuid().describe('Also the `webhook-id` header of every attempt'),
    eventId: z.number().int(),
    eventType: eventTypeSchema,
    state: z.enum(deliveryStates),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().describe('Of the last attempt'),
    durationMs: z.number().int().nullable().describe('Of the last attempt'),
    error: z.string().nullable().describe('Of the last attempt'),
    nextAttemptAt: z.date().nullable(),
    lastAttemptAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'WebhookDelivery' });
export type Delivery = z.infer<typeof deliverySchema>;

export const listDeliveriesInput = z.object({
  id: uuidInput('Not a valid webhook id'),
  state: z.enum(deliveryStates).optional(),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type ListDeliveriesInput = z.infer<typeof listDeliveriesInput>;

export const deliveryPageSchema = z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() });
export type DeliveryPage = z.infer<typeof deliveryPageSchema>;

export const redeliverInput = z.object({
  id: uuidInput('Not a valid webhook id'),
  deliveryId: uuidInput('Not a valid delivery id'),
});
