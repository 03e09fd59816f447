import { updateWorkflowInput, workflowSchema } from '@ticketing/core/workflows/schemas';
import { updateWorkflow } from '@ticketing/core/workflows/update-workflow';
import { authedProcedure } from '../../trpc.ts';

export const update = authedProcedure
  .meta({
    openapi: {
      method: 'PATCH',
      path: '/workflows/{id}',
      tags: ['workflows'],
      summary: 'Change a rule: the next version (send the version you edited; a newer one is 409)',
    },
  })
  .input(updateWorkflowInput)
  .output(workflowSchema)
  .mutation(({ ctx, input }) => updateWorkflow(ctx.deps, ctx.actor, input));
