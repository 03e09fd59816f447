import type { z } from 'zod';
import type {
  agingSchema,
  Breakdown,
  createdVsResolvedSchema,
  cycleTimeSchema,
  Dashboard,
  SlaCompliance,
  userActivitySchema,
} from './schemas.ts';

export type Table = { header: string[]; rows: (string | number | null)[][] };

/** Each report as one table, for CSV. */
export const reportTables = {
  dashboard: (report: Dashboard): Table => ({
    header: ['metric', 'value'],
    rows: [
      ...Object.entries(report.byStatus),
      ['created_today', report.createdToday],
      ['created_last_7_days', report.createdLast7Days],
      ['closed_today', report.closedToday],
      ['closed_last_7_days', report.closedLast7Days],
      ['overdue', report.overdue],
      ['unassigned', report.unassigned],
      ['sla_breached', report.slaBreached],
    ],
  }),
  slaCompliance: (report: SlaCompliance): Table => ({
    header: [
      'week',
      'priority',
      'first_response_met',
      'first_response_breached',
      'resolution_met',
      'resolution_breached',
    ],
    rows: report.rows.map((row) => [
      row.week,
      row.priority,
      row.firstResponse.met,
      row.firstResponse.breached,
      row.resolution.met,
      row.resolution.breached,
    ]),
  }),
  breakdown: (report: Breakdown): Table => ({
    header: [report.by, 'label', 'open', 'closed', 'total'],
    rows: report.rows.map((row) => [row.value, row.label, row.open, row.closed, row.total]),
  }),
  createdVsResolved: (report: z.infer<typeof createdVsResolvedSchema>): Table => ({
    header: [report.interval, 'created', 'resolved'],
    rows: report.buckets.map((bucket) => [bucket.start, bucket.created, bucket.resolved]),
  }),
  cycleTime: (report: z.infer<typeof cycleTimeSchema>): Table => ({
    header: [
      'priority',
      'lead_count',
      'lead_median_s',
      'lead_p75_s',
      'lead_p90_s',
      'cycle_count',
      'cycle_median_s',
      'cycle_p75_s',
      'cycle_p90_s',
    ],
    rows: report.rows.map((row) => [
      row.priority ?? 'all',
      row.leadTime.count,
      row.leadTime.median,
      row.leadTime.p75,
      row.leadTime.p90,
      row.cycleTime.count,
      row.cycleTime.median,
      row.cycleTime.p75,
      row.cycleTime.p90,
    ]),
  }),
  aging: (report: z.infer<typeof agingSchema>): Table => ({
    header: ['age', 'open', 'in_progress', 'blocked', 'total'],
    rows: report.rows.map((row) => [row.age, row.open, row.in_progress, row.blocked, row.total]),
  }),
  userActivity: (report: z.infer<typeof userActivitySchema>): Table => ({
    header: ['user_id', 'name', 'created', 'closed', 'transitions', 'comments'],
    rows: report.rows.map((row) => [
      row.user.id,
      row.user.name,
      row.created,
      row.closed,
      row.transitions,
      row.comments,
    ]),
  }),
};
