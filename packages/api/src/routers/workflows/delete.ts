import { okSchema } from '@ticketing/core/auth/schemas';
import { deleteWorkflow as remove } from '@ticketing/core/workflows/delete-workflow';
import { workflowIdInput } from '@ticketing/core/workflows/schemas';
import { authedProcedure } from '../../trpc.ts';

export const deleteWorkflow = authedProcedure
  .meta({ openapi: { method: 'DELETE', path: '/workflows/{id}', tags: ['workflows'], summary: 'Delete a rule' } })
  .input(workflowIdInput)
  .output(okSchema)
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.deps, ctx.actor, input);
    return { ok: true as const };
  });
