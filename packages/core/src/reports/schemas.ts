import { ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { z } from 'zod';
import { dateTimeParam } from '../date-range.ts';
import { safeText } from '../text.ts';
import { timeZoneSchema } from '../time-zone.ts';

/** What every report takes: which tickets (the query language), a period, and where days begin. */
export const reportInput = z.object({
  query: safeText({ max: 1000, trim: true }).optional().describe('Which tickets, in the query language'),
  from: dateTimeParam.optional().describe('Start of the period; default 30 days before `to`'),
  to: dateTimeParam.optional().describe('End of the period; default now'),
  timeZone: timeZoneSchema.describe('Days and weeks begin at midnight here (IANA name); default UTC'),
  format: z.enum(['json', 'csv']).optional().describe('`csv` answers the report as a CSV table (REST only)'),
});
export type ReportInput = z.infer<typeof reportInput>;

const count = z.number().int();
const ticketRef = z.object({
  key: z.string(),
  title: z.string(),
  status: z.enum(ticketStatuses),
  priority: z.enum(ticketPriorities),
  createdAt: z.date(),
});

export const dashboardSchema = z
  .object({
    byStatus: z.object({ open: count, in_progress: count, blocked: count, closed: count }),
    createdToday: count,
    createdLast7Days: count,
    closedToday: count,
    closedLast7Days: count,
    overdue: count,
    unassigned: count.describe('Not closed and assigned to nobody'),
    slaBreached: count.describe('Not closed, with an SLA target missed'),
    oldestOpen: z.array(ticketRef).describe('The five oldest tickets not closed'),
  })
  .meta({ id: 'DashboardReport' });
export type Dashboard = z.infer<typeof dashboardSchema>;

export const breakdownDimensions = ['status', 'priority', 'department', 'assignee', 'label', 'project'] as const;
export const breakdownInput = reportInput.extend({ by: z.enum(breakdownDimensions) });
export const breakdownSchema = z
  .object({
    by: z.enum(breakdownDimensions),
    rows: z.array(
      z.object({
        /** The value (a status, an id, a label, a project key), or null for "none". */
        value: z.string().nullable(),
        label: z.string(),
        open: count.describe('Not closed'),
        closed: count,
        total: count,
      }),
    ),
  })
  .meta({ id: 'BreakdownReport' });
export type Breakdown = z.infer<typeof breakdownSchema>;

export const intervals = ['day', 'week', 'month'] as const;
export const createdVsResolvedInput = reportInput.extend({ interval: z.enum(intervals).default('day') });
export const createdVsResolvedSchema = z
  .object({
    interval: z.enum(intervals),
    buckets: z.array(
      z.object({ start: z.string().describe('The local date the bucket begins'), created: count, resolved: count }),
    ),
  })
  .meta({ id: 'CreatedVsResolvedReport' });

const percentiles = z.object({
  count,
  /** Seconds; null when nothing was measured. */
  median: z.number().nullable(),
  p75: z.number().nullable(),
  p90: z.number().nullable(),
});
export const cycleTimeSchema = z
  .object({
    rows: z.array(
      z.object({
        priority: z.enum(ticketPriorities).nullable().describe('null: all priorities'),
        leadTime: percentiles.describe('created → closed'),
        cycleTime: percentiles.describe('first in progress → closed'),
      }),
    ),
  })
  .meta({ id: 'CycleTimeReport' });

export const ageBuckets = ['<1d', '1-7d', '7-30d', '30-90d', '>90d'] as const;
export const agingSchema = z
  .object({
    rows: z.array(
      z.object({
        age: z.enum(ageBuckets),
        open: count,
        in_progress: count,
        blocked: count,
        total: count,
      }),
    ),
  })
  .meta({ id: 'AgingReport' });

export const userActivitySchema = z
  .object({
    rows: z.array(
      z.object({
        user: z.object({ id: z.uuid(), name: z.string() }),
        created: count,
        closed: count,
        transitions: count,
        comments: count,
      }),
    ),
  })
  .meta({ id: 'UserActivityReport' });

const metOrBreached = z.object({ met: count, breached: count });
export const slaComplianceSchema = z
  .object({
    rows: z.array(
      z.object({
        week: z.string().describe('The Monday the week starts, in the time zone (YYYY-MM-DD)'),
        priority: z.enum(ticketPriorities),
        firstResponse: metOrBreached.describe('Responded in the week (met or late), or missed in it while unanswered'),
        resolution: metOrBreached.describe('Closed in the week (met or late), or missed in it while open'),
      }),
    ),
    totals: z.object({ firstResponse: metOrBreached, resolution: metOrBreached }),
  })
  .meta({ id: 'SlaComplianceReport' });
export type SlaCompliance = z.infer<typeof slaComplianceSchema>;
