import { bulkUpdateTickets } from '@ticketing/core/tickets/bulk-update-tickets';
import { bulkResultSchema, bulkUpdateInput } from '@ticketing/core/tickets/schemas';
import { authedProcedure } from '../../trpc.ts';

export const bulkUpdate = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/bulk',
      tags: ['tickets'],
      summary: 'Update up to 100 tickets at once',
      description:
        'Status, priority, assignees and labels, in one transaction: all or nothing. If any ticket is refused (stale version, invalid move, no permission…), nothing changes and the answer is 422 E_BULK_REJECTED with `details.failures` listing each refused ticket and why.',
    },
  })
  .input(bulkUpdateInput)
  .output(bulkResultSchema)
  .mutation(({ ctx, input }) => bulkUpdateTickets(ctx.deps, ctx.actor, input));
