import { assignTicket } from '@ticketing/core/tickets/assign-ticket';
import { assignTicketInput, ticketSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const assign = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/assignees',
      tags: ['tickets'],
      summary: 'Set the assignees',
      description: 'Replaces the set of assignees (project members only); send the version you read.',
    },
  })
  .input(assignTicketInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => assignTicket(ctx.deps, ctx.actor, input));
