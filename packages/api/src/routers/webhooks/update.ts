import { updateWebhookInput, webhookSchema } from '@ticketing/core/webhooks/schemas';
import { updateWebhook } from '@ticketing/core/webhooks/update-webhook';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Change a webhook’s URL, event types or active flag',
      description: 'Turning a webhook back on (`active: true`) clears its failing streak.',
    },
  })
  .input(updateWebhookInput)
  .output(webhookSchema)
  .mutation(({ ctx, input }) => updateWebhook(ctx.deps, ctx.actor, input));
