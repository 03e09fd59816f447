import { listDeliveries as list } from '@ticketing/core/webhooks/list-deliveries';
import { deliveryPageSchema, listDeliveriesInput } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const listDeliveries = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/webhooks/{id}/deliveries',
      tags: ['webhooks'],
      summary: 'A webhook’s deliveries, newest first',
      description:
        'One per event sent: state, attempts, and the last attempt’s response code, duration and error, with the next attempt’s time. Keyset-paginated: pass `nextCursor` back as `cursor`.',
    },
  })
  .input(listDeliveriesInput)
  .output(deliveryPageSchema)
  .query(({ ctx, input }) => list(ctx.deps, ctx.actor, input));
