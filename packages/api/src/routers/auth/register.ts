import { register as registerUser } from '@ticketing/core/auth/register';
import { authResultSchema, registerInput } from '@ticketing/core/auth/schemas';
import { sessionCookie } from '../../http/cookies.ts';
import { publicProcedure } from '../../trpc.ts';

export const register = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/auth/register',
      tags: ['auth'],
      summary: 'Create an account',
      protect: false,
      description:
        'Self-registration, when the server allows it (ALLOW_REGISTRATION). New accounts get the `user` role and are signed in at once.',
    },
  })
  .input(registerInput)
  .output(authResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await registerUser(ctx.deps, input, ctx.request.client);
    ctx.request.setCookie(sessionCookie(result.token, result.expiresAt, ctx.request.secure));
    return result;
  });
