import { getAttachment } from '@ticketing/core/attachments/list-attachments';
import { attachmentIdInput, attachmentSchema } from '@ticketing/core/attachments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const get = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/attachments/{id}',
      tags: ['attachments'],
      summary: 'An attachment with a fresh download URL (valid for 5 minutes)',
    },
  })
  .input(attachmentIdInput)
  .output(attachmentSchema)
  .query(({ ctx, input }) => getAttachment(ctx.deps, ctx.actor, input));
