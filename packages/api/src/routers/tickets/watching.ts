import { ticketKeyInput } from '@ticketing/core/tickets/schemas';
import { isWatching, watchingSchema } from '@ticketing/core/tickets/watch-ticket';
import { authedProcedure } from '../../trpc.ts';

export const watching = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets/{key}/watch',
      tags: ['tickets'],
      summary: 'Whether you watch a ticket',
    },
  })
  .input(ticketKeyInput)
  .output(watchingSchema)
  .query(({ ctx, input }) => isWatching(ctx.deps, ctx.actor, input));
