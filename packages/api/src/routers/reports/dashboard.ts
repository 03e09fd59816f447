import { dashboard as report } from '@ticketing/core/reports/dashboard';
import { dashboardSchema, reportInput } from '@ticketing/core/reports/schemas';
import { authedProcedure } from '../../trpc.ts';

export const dashboard = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/dashboard',
      tags: ['reports'],
      summary:
        'Where things stand: by status, created and closed today and in 7 days, overdue, unassigned, the oldest open',
    },
  })
  .input(reportInput)
  .output(dashboardSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
