import { ticketKeyInput } from '@ticketing/core/tickets/schemas';
import { historyEntrySchema, ticketHistoryOf } from '@ticketing/core/tickets/ticket-history';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const history = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets/{key}/history',
      tags: ['tickets'],
      summary: 'Ticket history, oldest first',
      description:
        'Every change: fields (old and new value), transitions, assignments, labels and comments, with who and when.',
    },
  })
  .input(ticketKeyInput)
  .output(z.array(historyEntrySchema))
  .query(({ ctx, input }) => ticketHistoryOf(ctx.deps, ctx.actor, input));
