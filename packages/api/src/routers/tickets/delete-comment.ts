import { okSchema } from '@ticketing/core/auth/schemas';
import { deleteComment as remove } from '@ticketing/core/comments/comments';
import { deleteCommentInput } from '@ticketing/core/comments/schemas';
import { authedProcedure } from '../../trpc.ts';

export const deleteComment = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/tickets/{key}/comments/{commentId}',
      tags: ['comments'],
      summary: 'Delete a comment',
      description: 'The author, a project lead (or a manager in the project) or an admin.',
    },
  })
  .input(deleteCommentInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
