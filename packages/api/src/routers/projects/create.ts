import { createProject } from '@ticketing/core/projects/create-project';
import { createProjectInput, projectSchema } from '@ticketing/core/projects/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const create = permittedProcedure('projects:create')
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects',
      tags: ['projects'],
      summary: 'Create a project (manager, admin)',
      description: 'The key (e.g. `OPS`) is unique, case-insensitively, and never changes. The creator becomes a lead.',
    },
  })
  .input(createProjectInput)
  .output(projectSchema)
  .mutation(({ ctx, input }) => createProject(ctx.deps, ctx.actor, input));
