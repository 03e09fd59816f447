import { redeliver as resend } from '@ticketing/core/webhooks/redeliver';
import { deliverySchema, redeliverInput } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const redeliver = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
      tags: ['webhooks'],
      summary: 'Send a delivery again',
      description:
        'A new attempt now, with a fresh retry schedule and the same `webhook-id`. 409 while the delivery is still being attempted, or when the webhook is turned off.',
    },
  })
  .input(redeliverInput)
  .output(deliverySchema)
  .mutation(({ ctx, input }) => resend(ctx.deps, ctx.actor, input));
