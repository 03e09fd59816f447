import { listViews, listViewsInput } from '@ticketing/core/views/list-views';
import { viewSchema } from '@ticketing/core/views/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/views',
      tags: ['views'],
      summary: 'Your views and those shared with your projects; list one with GET /tickets?view={id}',
    },
  })
  .input(listViewsInput)
  .output(z.array(viewSchema))
  .query(({ ctx }) => listViews(ctx.deps, ctx.actor));
