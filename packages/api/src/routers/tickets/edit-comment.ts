import { editComment as edit } from '@ticketing/core/comments/comments';
import { commentSchema, editCommentInput } from '@ticketing/core/comments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const editComment = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/tickets/{key}/comments/{commentId}',
      tags: ['comments'],
      summary: 'Edit your comment',
    },
  })
  .input(editCommentInput)
  .output(commentSchema)
  .mutation(({ ctx, input }) => edit(ctx.deps, ctx.actor, input));
