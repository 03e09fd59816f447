import { listAttachments } from '@ticketing/core/attachments/list-attachments';
import { attachmentSchema } from '@ticketing/core/attachments/schemas';
import { ticketKeyInput } from '@ticketing/core/tickets/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets/{key}/attachments',
      tags: ['attachments'],
      summary: "A ticket's attachments, oldest first, with download URLs valid for 5 minutes",
    },
  })
  .input(ticketKeyInput)
  .output(z.array(attachmentSchema))
  .query(({ ctx, input }) => listAttachments(ctx.deps, ctx.actor, input));
