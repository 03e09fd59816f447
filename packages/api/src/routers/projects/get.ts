import { getProject } from '@ticketing/core/projects/get-project';
import { projectKeyInput, projectSchema } from '@ticketing/core/projects/schemas';
import { authedProcedure } from '../../trpc.ts';

export const get = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/projects/{key}',
      tags: ['projects'],
      summary: 'Get a project',
    },
  })
  .input(projectKeyInput)
  .output(projectSchema)
  .query(({ ctx, input }) => getProject(ctx.deps, ctx.actor, input));
