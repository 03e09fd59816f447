import { deleteTicket as softDelete } from '@ticketing/core/tickets/delete-ticket';
import { ticketKeyInput, ticketSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const deleteTicket = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/tickets/{key}',
      tags: ['tickets'],
      summary: 'Delete a ticket (lead, manager, admin)',
      description: 'A soft delete: the ticket leaves lists and searches and can be restored.',
    },
  })
  .input(ticketKeyInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => softDelete(ctx.deps, ctx.actor, input));
