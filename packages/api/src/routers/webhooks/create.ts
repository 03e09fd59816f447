import { createWebhook } from '@ticketing/core/webhooks/create-webhook';
import { createWebhookInput, webhookWithSecretSchema } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const create = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects/{key}/webhooks',
      tags: ['webhooks'],
      summary: 'Add a webhook to a project (lead, manager, admin)',
      description:
        'Events of the project (all, or the listed `eventTypes`) are POSTed to `url`, signed the Standard Webhooks way. The answer carries the signing `secret`, shown only this once. The URL must be https and reach a public address. At most 20 webhooks per project.',
    },
  })
  .input(createWebhookInput)
  .output(webhookWithSecretSchema)
  .mutation(({ ctx, input }) => createWebhook(ctx.deps, ctx.actor, input));
