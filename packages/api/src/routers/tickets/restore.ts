import { restoreTicket } from '@ticketing/core/tickets/delete-ticket';
import { ticketKeyInput, ticketSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const restore = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/restore',
      tags: ['tickets'],
      summary: 'Restore a deleted ticket',
    },
  })
  .input(ticketKeyInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => restoreTicket(ctx.deps, ctx.actor, input));
