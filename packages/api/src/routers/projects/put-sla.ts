import { putSlaPolicy } from '@ticketing/core/sla/put-sla-policy';
import { putSlaPolicyInput, slaPolicyOutput } from '@ticketing/core/sla/schemas';
import { authedProcedure } from '../../trpc.ts';

export const putSla = authedProcedure
  .meta({
    openapi: {
      method: 'PUT',
      path: '/projects/{projectKey}/sla',
      tags: ['projects'],
      summary:
        "Set a project's SLA policy (lead, manager, admin); its open tickets' clocks are recomputed. No targets removes it",
    },
  })
  .input(putSlaPolicyInput)
  .output(slaPolicyOutput)
  .mutation(({ ctx, input }) => putSlaPolicy(ctx.deps, ctx.actor, input));
