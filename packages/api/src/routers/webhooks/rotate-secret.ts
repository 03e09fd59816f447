import { rotateSecret as rotate } from '@ticketing/core/webhooks/rotate-secret';
import { webhookIdInput, webhookWithSecretSchema } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const rotateSecret = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/webhooks/{id}/rotate-secret',
      tags: ['webhooks'],
      summary: 'Replace the signing secret (the new one is shown only now)',
      description:
        'For 24 hours the old secret signs too: `webhook-signature` carries both signatures, so receivers can switch without losing a message.',
    },
  })
  .input(webhookIdInput)
  .output(webhookWithSecretSchema)
  .mutation(({ ctx, input }) => rotate(ctx.deps, ctx.actor, input));
