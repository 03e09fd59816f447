import { listTickets } from '@ticketing/core/tickets/list-tickets';
import { listTicketsInput, ticketPageSchema } from '@ticketing/core/tickets/schemas';
import { checkedOutsideProduction } from '../../output-checks.ts';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets',
      tags: ['tickets'],
      summary: 'List and search tickets',
      description:
        'Filters combine with AND; `status` and `priority` take several comma-separated values. `q` is full-text search over key, title and description (the last word matches as a prefix), ranked by relevance (for a term common among recent tickets, among the 5,000 most recently updated ones). Pages are keyset-paginated: pass `nextCursor` back as `cursor` with the same filters and sort. `includeTotal=true` adds the total count.',
    },
  })
  .input(listTicketsInput)
  .output(checkedOutsideProduction(ticketPageSchema))
  .query(({ ctx, input }) => listTickets(ctx.deps, ctx.actor, input));
