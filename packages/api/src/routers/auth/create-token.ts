import { createApiTokenInput, createdApiTokenSchema } from '@ticketing/core/auth/api-token-schemas';
import { createApiToken } from '@ticketing/core/auth/api-tokens';
import { authedProcedure } from '../../trpc.ts';

export const createToken = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/auth/tokens',
      tags: ['auth'],
      summary: 'Create an API token',
      description:
        'For scripts and integrations. The token (`tkt_…`) is shown once; only its hash is kept. It acts as you, never beyond your current role and memberships; a `read` token cannot change anything. Requires a signed-in session (a token cannot mint tokens).',
    },
  })
  .input(createApiTokenInput)
  .output(createdApiTokenSchema)
  .mutation(({ ctx, input }) => createApiToken(ctx.deps, ctx.actor, input));
