import { aging as report } from '@ticketing/core/reports/aging';
import { agingSchema, reportInput } from '@ticketing/core/reports/schemas';
import { authedProcedure } from '../../trpc.ts';

export const aging = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/aging',
      tags: ['reports'],
      summary: 'Open tickets by age (< 1 d, 1–7 d, 7–30 d, 30–90 d, > 90 d) and status',
    },
  })
  .input(reportInput)
  .output(agingSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
