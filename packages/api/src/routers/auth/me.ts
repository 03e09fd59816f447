import { me as currentUser } from '@ticketing/core/auth/me';
import { userSchema } from '@ticketing/core/users/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const me = authedProcedure
  .meta({ openapi: { method: 'GET', path: '/auth/me', tags: ['auth'], summary: 'The signed-in user' } })
  .input(z.void())
  .output(userSchema)
  .query(({ ctx }) => currentUser(ctx.deps, ctx.actor));
