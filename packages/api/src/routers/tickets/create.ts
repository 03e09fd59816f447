import { createTicket } from '@ticketing/core/tickets/create-ticket';
import { createTicketInput, ticketSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const create = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets',
      tags: ['tickets'],
      summary: 'Create a ticket',
      description:
        'Members of the project create tickets; the key is the project key and the next number (TSK-1001). Assignees must be project members. The reporter and assignees watch the ticket.',
    },
  })
  .input(createTicketInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => createTicket(ctx.deps, ctx.actor, input));
