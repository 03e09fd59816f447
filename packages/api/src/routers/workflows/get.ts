import { getWorkflow } from '@ticketing/core/workflows/get-workflow';
import { workflowIdInput, workflowSchema } from '@ticketing/core/workflows/schemas';
import { authedProcedure } from '../../trpc.ts';

export const get = authedProcedure
  .meta({ openapi: { method: 'GET', path: '/workflows/{id}', tags: ['workflows'], summary: 'An automation rule' } })
  .input(workflowIdInput)
  .output(workflowSchema)
  .query(({ ctx, input }) => getWorkflow(ctx.deps, ctx.actor, input));
