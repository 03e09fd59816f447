import { getSlaPolicy } from '@ticketing/core/sla/get-sla-policy';
import { projectSlaInput, slaPolicyOutput } from '@ticketing/core/sla/schemas';
import { authedProcedure } from '../../trpc.ts';

export const getSla = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/projects/{projectKey}/sla',
      tags: ['projects'],
      summary: "A project's SLA policy: targets by priority, business hours (null: none)",
    },
  })
  .input(projectSlaInput)
  .output(slaPolicyOutput)
  .query(({ ctx, input }) => getSlaPolicy(ctx.deps, ctx.actor, input));
