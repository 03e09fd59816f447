import { breakdown as report } from '@ticketing/core/reports/breakdown';
import { breakdownInput, breakdownSchema } from '@ticketing/core/reports/schemas';
import { authedProcedure } from '../../trpc.ts';

export const breakdown = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/breakdown',
      tags: ['reports'],
      summary:
        'Tickets created in the period by status, priority, department, assignee, label or project, open and closed',
    },
  })
  .input(breakdownInput)
  .output(breakdownSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
