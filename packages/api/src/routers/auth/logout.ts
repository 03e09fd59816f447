import { logout as endSession } from '@ticketing/core/auth/logout';
import { okSchema } from '@ticketing/core/auth/schemas';
import { z } from 'zod';
import { clearedSessionCookie } from '../../http/cookies.ts';
import { authedProcedure } from '../../trpc.ts';

export const logout = authedProcedure
  .meta({ openapi: { method: 'POST', path: '/auth/logout', tags: ['auth'], summary: 'End the current session' } })
  .input(z.void())
  .output(okSchema)
  .mutation(async ({ ctx }) => {
    await endSession(ctx.deps, ctx.actor);
    ctx.request.setCookie(clearedSessionCookie(ctx.request.secure));
    return { ok: true as const };
  });
