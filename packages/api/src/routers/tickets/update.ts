import { ticketSchema, updateTicketInput } from '@ticketing/core/tickets/schemas';
import { updateTicket } from '@ticketing/core/tickets/update-ticket';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/tickets/{key}',
      tags: ['tickets'],
      summary: 'Edit a ticket',
      description:
        'Send the `version` you read; if someone changed the ticket since, the answer is 409 E_CONFLICT with the current version and the fields that changed.',
    },
  })
  .input(updateTicketInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => updateTicket(ctx.deps, ctx.actor, input));
