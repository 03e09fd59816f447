import { cycleTime as report } from '@ticketing/core/reports/cycle-time';
import { cycleTimeSchema, reportInput } from '@ticketing/core/reports/schemas';
import { authedProcedure } from '../../trpc.ts';

export const cycleTime = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/cycle-time',
      tags: ['reports'],
      summary: 'Lead and cycle time (median, p75, p90 in seconds) of tickets closed in the period, by priority',
    },
  })
  .input(reportInput)
  .output(cycleTimeSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
