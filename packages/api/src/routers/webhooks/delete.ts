import { okSchema } from '@ticketing/core/auth/schemas';
import { deleteWebhook as remove } from '@ticketing/core/webhooks/delete-webhook';
import { webhookIdInput } from '@ticketing/core/webhooks/schemas';
import { authedProcedure } from '../../trpc.ts';

export const deleteWebhook = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Delete a webhook and its delivery log',
    },
  })
  .input(webhookIdInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
