import { deleteAttachment as remove } from '@ticketing/core/attachments/delete-attachment';
import { attachmentIdInput } from '@ticketing/core/attachments/schemas';
import { okSchema } from '@ticketing/core/auth/schemas';
import { authedProcedure } from '../../trpc.ts';

export const deleteAttachment = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/attachments/{id}',
      tags: ['attachments'],
      summary: 'Remove an attachment from its ticket (its uploader, the lead, a manager, an admin)',
    },
  })
  .input(attachmentIdInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
