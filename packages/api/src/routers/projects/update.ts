import { projectSchema, updateProjectInput } from '@ticketing/core/projects/schemas';
import { updateProject } from '@ticketing/core/projects/update-project';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/projects/{key}',
      tags: ['projects'],
      summary: 'Update a project (lead, manager, admin)',
    },
  })
  .input(updateProjectInput)
  .output(projectSchema)
  .mutation(({ ctx, input }) => updateProject(ctx.deps, ctx.actor, input));
