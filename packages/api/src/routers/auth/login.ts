import { login as loginUser } from '@ticketing/core/auth/login';
import { authResultSchema, loginInput } from '@ticketing/core/auth/schemas';
import { sessionCookie } from '../../http/cookies.ts';
import { publicProcedure } from '../../trpc.ts';

export const login = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/auth/login',
      tags: ['auth'],
      summary: 'Sign in',
      protect: false,
      description:
        'Returns a session token (send it as `Authorization: Bearer <token>`) and sets an HttpOnly session cookie. ' +
        'Ten failures in 15 minutes for one email or one client address answer 429 with Retry-After.',
    },
  })
  .input(loginInput)
  .output(authResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await loginUser(ctx.deps, input, ctx.request.client);
    ctx.request.setCookie(sessionCookie(result.token, result.expiresAt, ctx.request.secure));
    return result;
  });
