import { workflowIdInput, workflowSchema } from '@ticketing/core/workflows/schemas';
import { setWorkflowEnabled } from '@ticketing/core/workflows/set-workflow-enabled';
import { authedProcedure } from '../../trpc.ts';

export const enable = authedProcedure
  .meta({ openapi: { method: 'POST', path: '/workflows/{id}/enable', tags: ['workflows'], summary: 'Turn a rule on' } })
  .input(workflowIdInput)
  .output(workflowSchema)
  .mutation(({ ctx, input }) => setWorkflowEnabled(ctx.deps, ctx.actor, input, true));
