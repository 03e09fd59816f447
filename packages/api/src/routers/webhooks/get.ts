import { getWebhook } from '@ticketing/core/webhooks/get-webhook';
import { webhookIdInput, webhookSchema } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const get = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Get a webhook (lead, manager, admin of its project)',
    },
  })
  .input(webhookIdInput)
  .output(webhookSchema)
  .query(({ ctx, input }) => getWebhook(ctx.deps, ctx.actor, input));
