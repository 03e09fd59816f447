import { getUser } from '@ticketing/core/users/get-user';
import { getUserInput, userSchema } from '@ticketing/core/users/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const get = permittedProcedure('users:read')
  .meta({ openapi: { method: 'GET', path: '/users/{id}', tags: ['users'], summary: 'Get a user' } })
  .input(getUserInput)
  .output(userSchema)
  .query(({ ctx, input }) => getUser(ctx.deps, ctx.actor, input));
