import { listUsers } from '@ticketing/core/users/list-users';
import { listUsersInput, userPageSchema } from '@ticketing/core/users/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const list = permittedProcedure('users:list')
  .meta({
    openapi: {
      method: 'GET',
      path: '/users',
      tags: ['users'],
      summary: 'List users',
      description: 'Managers and admins. Sorted by name; pass `nextCursor` back as `cursor` for the next page.',
    },
  })
  .input(listUsersInput)
  .output(userPageSchema)
  .query(({ ctx, input }) => listUsers(ctx.deps, ctx.actor, input));
