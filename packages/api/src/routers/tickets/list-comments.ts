import { listComments as list } from '@ticketing/core/comments/comments';
import { commentPageSchema, listCommentsInput } from '@ticketing/core/comments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const listComments = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/tickets/{key}/comments',
      tags: ['comments'],
      summary: 'List comments, oldest first',
    },
  })
  .input(listCommentsInput)
  .output(commentPageSchema)
  .query(({ ctx, input }) => list(ctx.deps, ctx.actor, input));
