import { okSchema } from '@ticketing/core/auth/schemas';
import { removeMember as remove } from '@ticketing/core/projects/members';
import { removeMemberInput } from '@ticketing/core/projects/schemas';
import { authedProcedure } from '../../trpc.ts';

export const removeMember = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/projects/{key}/members/{userId}',
      tags: ['projects'],
      summary: 'Remove a member',
    },
  })
  .input(removeMemberInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
