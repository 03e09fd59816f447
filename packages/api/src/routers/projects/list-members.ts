import { listMembers as list } from '@ticketing/core/projects/members';
import { memberSchema, projectKeyInput } from '@ticketing/core/projects/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const listMembers = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/projects/{key}/members',
      tags: ['projects'],
      summary: 'List project members',
    },
  })
  .input(projectKeyInput)
  .output(z.array(memberSchema))
  .query(({ ctx, input }) => list(ctx.deps, ctx.actor, input));
