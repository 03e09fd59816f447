import { addComment as add } from '@ticketing/core/comments/comments';
import { addCommentInput, commentSchema } from '@ticketing/core/comments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const addComment = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/tickets/{key}/comments',
      tags: ['comments'],
      summary: 'Comment on a ticket',
    },
  })
  .input(addCommentInput)
  .output(commentSchema)
  .mutation(({ ctx, input }) => add(ctx.deps, ctx.actor, input));
