import { projectKeyInput, projectSchema } from '@ticketing/core/projects/schemas';
import { updateProject } from '@ticketing/core/projects/update-project';
import { authedProcedure } from '../../trpc.ts';

export const unarchive = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects/{key}/unarchive',
      tags: ['projects'],
      summary: 'Unarchive a project',
    },
  })
  .input(projectKeyInput)
  .output(projectSchema)
  .mutation(({ ctx, input }) => updateProject(ctx.deps, ctx.actor, { key: input.key, archived: false }));
