import { getTicket } from '@ticketing/core/tickets/get-ticket';
import { ticketKeyInput, ticketSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const get = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets/{key}',
      tags: ['tickets'],
      summary: 'Get a ticket by key',
    },
  })
  .input(ticketKeyInput)
  .output(checkedOutsideProduction(ticketSchema))
  .query(({ ctx, input }) => getTicket(ctx.deps, ctx.actor, input));
