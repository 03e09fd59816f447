import { ticketKeyInput } from '@ticketing/core/tickets/schemas';
import { setWatching, watchingSchema } from '@ticketing/core/tickets/watch-ticket';
import { authedProcedure } from '../../trpc.ts';

export const unwatch = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/tickets/{key}/watch',
      tags: ['tickets'],
      summary: 'Stop watching a ticket',
    },
  })
  .input(ticketKeyInput)
  .output(watchingSchema)
  .mutation(({ ctx, input }) => setWatching(ctx.deps, ctx.actor, { key: input.key, watching: false }));
