import { okSchema } from '@ticketing/core/auth/schemas';
import { deleteView as remove } from '@ticketing/core/views/delete-view';
import { viewIdInput } from '@ticketing/core/views/schemas';
import { authedProcedure } from '../../trpc.ts';

export const deleteView = authedProcedure
  .meta({
    openapi: { method: 'DELETE', path: '/views/{id}', tags: ['views'], summary: 'Delete a view' },
  })
  .input(viewIdInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
