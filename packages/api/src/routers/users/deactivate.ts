import { deactivateUser } from '@ticketing/core/users/deactivate-user';
import { deactivateUserInput, userSchema } from '@ticketing/core/users/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const deactivate = permittedProcedure('users:manage')
  .meta({
    openapi: {
      method: 'POST',
      path: '/users/{id}/deactivate',
      tags: ['users'],
      summary: 'Deactivate a user (admin)',
      description: 'Signs the user out of every session at once; they can no longer sign in.',
    },
  })
  .input(deactivateUserInput)
  .output(userSchema)
  .mutation(({ ctx, input }) => deactivateUser(ctx.deps, ctx.actor, input));
