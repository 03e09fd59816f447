import { apiTokenSchema } from '@ticketing/core/auth/api-token-schemas';
import { listApiTokens } from '@ticketing/core/auth/api-tokens';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const listTokens = authedProcedure
  .meta({
    openapi: { method: 'GET', path: '/auth/tokens', tags: ['auth'], summary: 'Your API tokens (without secrets)' },
  })
  .input(z.void())
  .output(z.array(apiTokenSchema))
  .query(({ ctx }) => listApiTokens(ctx.deps, ctx.actor));
