import { createView } from '@ticketing/core/views/create-view';
import { createViewInput, viewSchema } from '@ticketing/core/views/schemas';
import { authedProcedure } from '../../trpc.ts';

export const create = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/views',
      tags: ['views'],
      summary: 'Save a ticket list view (personal, or shared with a project by its lead, a manager, an admin)',
    },
  })
  .input(createViewInput)
  .output(viewSchema)
  .mutation(({ ctx, input }) => createView(ctx.deps, ctx.actor, input));
