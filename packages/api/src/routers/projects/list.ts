import { listProjects, listProjectsInput } from '@ticketing/core/projects/list-projects';
import { projectSchema } from '@ticketing/core/projects/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/projects',
      tags: ['projects'],
      summary: 'List your projects',
      description: 'Every project for an admin; otherwise the projects you are a member of.',
    },
  })
  .input(listProjectsInput)
  .output(z.array(projectSchema))
  .query(({ ctx, input }) => listProjects(ctx.deps, ctx.actor, input));
