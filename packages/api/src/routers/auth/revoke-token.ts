import { revokeApiTokenInput } from '@ticketing/core/auth/api-token-schemas';
import { revokeApiToken } from '@ticketing/core/auth/api-tokens';
import { okSchema } from '@ticketing/core/auth/schemas';
import { authedProcedure } from '../../trpc.ts';

export const revokeToken = authedProcedure
  .meta({
    openapi: {
      method: 'DELETE',
      path: '/auth/tokens/{id}',
      tags: ['auth'],
      summary: 'Revoke an API token',
      description: 'Takes effect at once: the next request with the token gets 401.',
    },
  })
  .input(revokeApiTokenInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await revokeApiToken(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
