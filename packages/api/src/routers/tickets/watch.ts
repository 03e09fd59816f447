import { ticketKeyInput } from '@ticketing/core/tickets/schemas';
import { setWatching, watchingSchema } from '@ticketing/core/tickets/watch-ticket';
import { authedProcedure } from '../../trpc.ts';

export const watch = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/watch',
      tags: ['tickets'],
      summary: 'Watch a ticket',
    },
  })
  .input(ticketKeyInput)
  .output(watchingSchema)
  .mutation(({ ctx, input }) => setWatching(ctx.deps, ctx.actor, { key: input.key, watching: true }));
