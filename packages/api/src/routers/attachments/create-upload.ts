import { createUpload as start } from '@ticketing/core/attachments/create-upload';
import { createUploadInput, uploadTargetSchema } from '@ticketing/core/attachments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const createUpload = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/attachments',
      tags: ['attachments'],
      summary: 'Start an upload: a URL that accepts exactly this file for 15 minutes',
      description:
        'PUT the bytes to uploadUrl with the returned headers and a Content-Length of the declared size, then call POST /attachments/{id}/complete. Members who may edit the ticket; at most ATTACHMENT_MAX_BYTES (413 E_PAYLOAD_TOO_LARGE); types and extensions that could run in a browser or a desktop are refused (E_VALIDATION).',
    },
  })
  .input(createUploadInput)
  .output(uploadTargetSchema)
  .mutation(({ ctx, input }) => start(ctx.deps, ctx.actor, input));
