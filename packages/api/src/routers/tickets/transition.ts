import { ticketSchema, transitionTicketInput } from '@ticketing/core/tickets/schemas';
import { transitionTicket } from '@ticketing/core/tickets/transition-ticket';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const transition = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/transition',
      tags: ['tickets'],
      summary: 'Move a ticket to another status',
      description:
        'Allowed moves: open → in_progress, closed; in_progress → open, closed, blocked; blocked → in_progress, open; closed → open, in_progress. Any other is 422 E_INVALID_TRANSITION with the allowed targets in `details.allowed`. Closing sets closedAt, reopening clears it.',
    },
  })
  .input(transitionTicketInput)
  .output(checkedOutsideProduction(ticketSchema))
  .mutation(({ ctx, input }) => transitionTicket(ctx.deps, ctx.actor, input));
