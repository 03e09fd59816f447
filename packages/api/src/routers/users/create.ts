import { createUser } from '@ticketing/core/users/create-user';
import { createUserInput, userSchema } from '@ticketing/core/users/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const create = permittedProcedure('users:create')
  .meta({ openapi: { method: 'POST', path: '/users', tags: ['users'], summary: 'Create a user (admin)' } })
  .input(createUserInput)
  .output(userSchema)
  .mutation(({ ctx, input }) => createUser(ctx.deps, ctx.actor, input));
