import { revokeSession as revoke } from '@ticketing/core/auth/revoke-session';
import { okSchema, revokeSessionInput } from '@ticketing/core/auth/schemas';
import { authedProcedure } from '../../trpc.ts';

export const revokeSession = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/auth/sessions/{id}',
      tags: ['auth'],
      summary: 'Sign out one of your sessions',
    },
  })
  .input(revokeSessionInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await revoke(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
