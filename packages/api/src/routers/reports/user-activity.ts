import { reportInput, userActivitySchema } from '@ticketing/core/reports/schemas';
import { userActivity as report } from '@ticketing/core/reports/user-activity';
import { authedProcedure } from '../../trpc.ts';

export const userActivity = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/reports/user-activity',
      tags: ['reports'],
      summary: 'Per person in the period: tickets created and closed, transitions, comments',
    },
  })
  .input(reportInput)
  .output(userActivitySchema)
  .query(({ ctx, input }) => report(ctx.deps, ctx.actor, input));
