import { updateViewInput, viewSchema } from '@ticketing/core/views/schemas';
import { updateView } from '@ticketing/core/views/update-view';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/views/{id}',
      tags: ['views'],
      summary: 'Change a view (a personal one: its owner; a shared one: whoever runs the project)',
    },
  })
  .input(updateViewInput)
  .output(viewSchema)
  .mutation(({ ctx, input }) => updateView(ctx.deps, ctx.actor, input));
