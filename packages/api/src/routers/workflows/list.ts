import { listWorkflows } from '@ticketing/core/workflows/list-workflows';
import { listWorkflowsInput, workflowSchema } from '@ticketing/core/workflows/schemas';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/workflows',
      tags: ['workflows'],
      summary: 'The automation rules you manage: of the projects you run, and (admins) the global ones',
    },
  })
  .input(listWorkflowsInput)
  .output(z.array(workflowSchema))
  .query(({ ctx, input }) => listWorkflows(ctx.deps, ctx.actor, input));
