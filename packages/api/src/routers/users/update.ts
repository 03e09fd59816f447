import { updateUserInput, userSchema } from '@ticketing/core/users/schemas';
import { updateUser } from '@ticketing/core/users/update-user';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/users/{id}',
      tags: ['users'],
      summary: 'Update a user',
      description:
        'Admins change name, role, department and active flag; anyone may change their own name. Only an admin grants admin; the last active admin cannot be demoted.',
    },
  })
  .input(updateUserInput)
  .output(userSchema)
  .mutation(({ ctx, input }) => updateUser(ctx.deps, ctx.actor, input));
