import { addMember as add } from '@ticketing/core/projects/members';
import { addMemberInput, memberSchema } from '@ticketing/core/projects/schemas';
import { authedProcedure } from '../../trpc.ts';

export const addMember = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects/{key}/members',
      tags: ['projects'],
      summary: 'Add a member (lead, manager, admin)',
      description:
        'Roles: `viewer` reads, `member` creates, edits, comments and moves tickets, `lead` also manages the project.',
    },
  })
  .input(addMemberInput)
  .output(memberSchema)
  .mutation(({ ctx, input }) => add(ctx.deps, ctx.actor, input));
