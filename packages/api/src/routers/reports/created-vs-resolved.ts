import { createdVsResolved as report } from '@ticketing/core/reports/created-vs-resolved';
import { createdVsResolvedInput, createdVsResolvedSchema } from '@ticketing/core/reports/schemas';
import { authedProcedure } from '../../trpc.ts';

export const createdVsResolved = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/created-vs-resolved',
      tags: ['reports'],
      summary: 'Created and resolved per day, week or month in the time zone, empty buckets included',
    },
  })
  .input(createdVsResolvedInput)
  .output(createdVsResolvedSchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
