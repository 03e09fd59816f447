import { listSessions as list } from '@ticketing/core/auth/list-sessions';
import { sessionSchema } from '@ticketing/core/auth/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const listSessions = authedProcedure
  .meta({ openapi: { method: 'GET', path: '/auth/sessions', tags: ['auth'], summary: 'Your active sessions' } })
  .input(z.void())
  .output(z.array(sessionSchema))
  .query(({ ctx }) => list(ctx.deps, ctx.actor));
