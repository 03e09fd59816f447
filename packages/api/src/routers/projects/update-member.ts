import { updateMember as update } from '@ticketing/core/projects/members';
import { memberSchema, updateMemberInput } from '@ticketing/core/projects/schemas';
import { authedProcedure } from '../../trpc.ts';

export const updateMember = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/projects/{key}/members/{userId}',
      tags: ['projects'],
      summary: "Change a member's project role",
    },
  })
  .input(updateMemberInput)
  .output(memberSchema)
  .mutation(({ ctx, input }) => update(ctx.deps, ctx.actor, input));
