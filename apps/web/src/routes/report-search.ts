import { z } from 'zod';

/** The reports page as URL state: which tickets, the period, the zone, the series and breakdown. */
export const reportSearchSchema = z.object({
  query: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  timeZone: z.string().optional(),
  interval: z.enum(['day', 'week', 'month']).optional(),
  by: z.enum(['status', 'priority', 'department', 'assignee', 'label', 'project']).optional(),
});
export type ReportSearch = z.infer<typeof reportSearchSchema>;
