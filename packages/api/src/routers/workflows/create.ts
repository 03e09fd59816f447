import { createWorkflow } from '@ticketing/core/workflows/create-workflow';
import { createWorkflowInput, workflowSchema } from '@ticketing/core/workflows/schemas';
import { authedProcedure } from '../../trpc.ts';

export const create = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/workflows',
      tags: ['workflows'],
      summary: 'Create an automation rule: of a project (its lead, a manager, an admin) or global (admins)',
      description:
        'A trigger (an event, or a schedule), conditions in the query language, and actions in order. Disabled unless `enabled`; version 1.',
    },
  })
  .input(createWorkflowInput)
  .output(workflowSchema)
  .mutation(({ ctx, input }) => createWorkflow(ctx.deps, ctx.actor, input));
