import { projectKeyInput, projectSchema } from '@ticketing/core/projects/schemas';
import { updateProject } from '@ticketing/core/projects/update-project';
import { authedProcedure } from '../../trpc.ts';

export const archive = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects/{key}/archive',
      tags: ['projects'],
      summary: 'Archive a project',
      description: 'An archived project keeps its tickets readable but takes no new tickets or edits.',
    },
  })
  .input(projectKeyInput)
  .output(projectSchema)
  .mutation(({ ctx, input }) => updateProject(ctx.deps, ctx.actor, { key: input.key, archived: true }));
