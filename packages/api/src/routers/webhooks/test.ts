import { webhookIdInput, webhookTestResultSchema } from '@ticketing/core/webhooks/schemas';
import { testWebhook } from '@ticketing/core/webhooks/test-webhook';
import { authedProcedure } from '../../trpc.ts';

export const test = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/webhooks/{id}/test',
      tags: ['webhooks'],
      summary: 'Send a signed `webhook.test` message now and report the answer',
      description:
        'Sent like a delivery (signature, address checks, timeout), even to a webhook that is turned off; not recorded and not retried.',
    },
  })
  .input(webhookIdInput)
  .output(webhookTestResultSchema)
  .mutation(({ ctx, input }) => testWebhook(ctx.deps, ctx.actor, input));
