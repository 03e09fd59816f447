import { changePassword as change } from '@ticketing/core/auth/change-password';
import { changePasswordInput, okSchema } from '@ticketing/core/auth/schemas';
import { authedProcedure } from '../../trpc.ts';

export const changePassword = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/auth/password',
      tags: ['auth'],
      summary: 'Change your password',
      description: 'Requires the current password. Every other session of the user is signed out.',
    },
  })
  .input(changePasswordInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await change(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
