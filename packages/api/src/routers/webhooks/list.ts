import { projectKeyInput } from '@ticketing/core/projects/schemas';
import { listWebhooks } from '@ticketing/core/webhooks/list-webhooks';
import { webhookSchema } from '@ticketing/core/webhooks/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/projects/{key}/webhooks',
      tags: ['webhooks'],
      summary: "List a project's webhooks (lead, manager, admin)",
    },
  })
  .input(projectKeyInput)
  .output(z.array(webhookSchema))
  .query(({ ctx, input }) => listWebhooks(ctx.deps, ctx.actor, input));
