import { completeUpload } from '@ticketing/core/attachments/complete-upload';
import { attachmentSchema, completeUploadInput } from '@ticketing/core/attachments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const complete = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/attachments/{id}/complete',
      tags: ['attachments'],
      summary: 'Finish an upload: checks the stored file, then adds it to the ticket',
      description:
        'For an upload in parts, send `parts: [{ partNumber, etag }]`. E_CONFLICT while nothing was uploaded; E_VALIDATION when the size or the declared SHA-256 does not match (the stored bytes are discarded: upload again). Completing twice answers the same attachment.',
    },
  })
  .input(completeUploadInput)
  .output(attachmentSchema)
  .mutation(({ ctx, input }) => completeUpload(ctx.deps, ctx.actor, input));
