import type { TicketPriority } from '@ticketing/db/schema';
import { z } from 'zod';
import { isoDate } from '../date-range.ts';
import { projectKeySchema } from '../projects/schemas.ts';
import { timeZoneSchema } from '../time-zone.ts';

export const slaWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const slaTargetKinds = ['firstResponse', 'resolution'] as const;
export type SlaTargetKind = (typeof slaTargetKinds)[number];
/** What `sla:` selects in the query language and the list's `sla` filter. */
export const slaStates = ['breached', 'at-risk', 'met'] as const;

/** A year of minutes: longer targets are typing mistakes, not service levels. */
const MAX_TARGET_MINUTES = 525_600;
const minutes = z.number().int().min(1, 'At least 1 minute').max(MAX_TARGET_MINUTES, 'At most a year (525600)');
const timeOfDay = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'A time of day as HH:MM');

const targetSchema = z
  .strictObject({
    firstResponseMinutes: minutes.optional().describe('Until the first response (a member’s comment, or leaving open)'),
    resolutionMinutes: minutes.optional().describe('Until the ticket is closed'),
  })
  .meta({ id: 'SlaTarget' });
export type SlaTarget = z.infer<typeof targetSchema>;

export const businessHoursSchema = z
  .strictObject({
    timeZone: timeZoneSchema,
    days: z
      .array(z.enum(slaWeekdays))
      .min(1, 'At least one working day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day once')
      .default(['mon', 'tue', 'wed', 'thu', 'fri']),
    start: timeOfDay.default('09:00'),
    end: timeOfDay.default('17:00'),
    holidays: z.array(isoDate('A holiday is YYYY-MM-DD')).max(366).default([]),
  })
  .refine((hours) => hours.end > hours.start, { path: ['end'], message: 'The working day ends after it starts' })
  .meta({ id: 'SlaBusinessHours' });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const slaPolicySchema = z
  .strictObject({
    targets: z
      .strictObject({
        low: targetSchema.optional(),
        medium: targetSchema.optional(),
        high: targetSchema.optional(),
        critical: targetSchema.optional(),
      } satisfies Record<TicketPriority, unknown>)
      .describe('By priority; a priority without targets has no SLA'),
    businessHours: businessHoursSchema
      .optional()
      .describe('Count only working time; absent: the clock runs around the clock'),
  })
  .meta({ id: 'SlaPolicyDefinition' });
export type SlaPolicyDefinition = z.infer<typeof slaPolicySchema>;

export const projectSlaInput = z.object({ projectKey: projectKeySchema });

export const putSlaPolicyInput = z.object({ projectKey: projectKeySchema, policy: slaPolicySchema });
export type PutSlaPolicyInput = z.infer<typeof putSlaPolicyInput>;

export const slaPolicyOutput = z
  .object({
    projectKey: z.string(),
    policy: slaPolicySchema.nullable().describe('null: the project has no SLA'),
    updatedAt: z.date().nullable(),
  })
  .meta({ id: 'SlaPolicy' });
export type SlaPolicy = z.infer<typeof slaPolicyOutput>;

/** A ticket's clocks, as the API shows them. */
export const ticketSlaSchema = z
  .object({
    firstResponseDueAt: z
      .date()
      .nullable()
      .describe('null: no target; kept once met; while paused, as it was when the pause began'),
    firstRespondedAt: z.date().nullable(),
    resolutionDueAt: z
      .date()
      .nullable()
      .describe('null: no target; kept once closed; while paused, as it was when the pause began'),
    firstResponseBreached: z.boolean(),
    resolutionBreached: z.boolean(),
    atRisk: z.boolean().describe('A running target has used 80 % of its time'),
    paused: z.boolean().describe('Blocked: the clocks stand still'),
  })
  .meta({ id: 'TicketSla' });
export type TicketSla = z.infer<typeof ticketSlaSchema>;
