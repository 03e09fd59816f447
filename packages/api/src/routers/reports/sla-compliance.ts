import { reportInput, slaComplianceSchema } from '@ticketing/core/reports/schemas';
import { slaCompliance as report } from '@ticketing/core/reports/sla-compliance';
import { authedProcedure } from '../../trpc.ts';

export const slaCompliance = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/sla-compliance',
      tags: ['reports'],
      summary: 'SLA targets met and missed in the period, by week and priority (first response, resolution)',
    },
  })
  .input(reportInput)
  .output(slaComplianceSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
