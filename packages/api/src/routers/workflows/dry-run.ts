import { dryRunInput, dryRunResultSchema, dryRunWorkflow } from '@ticketing/core/workflows/dry-run-workflow';
import { authedProcedure } from '../../trpc.ts';

export const dryRun = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/workflows/dry-run',
      tags: ['workflows'],
      summary:
        'What a rule (saved or not) would do on the latest events it matches, or on the tickets its schedule would touch, without writing anything',
      description:
        "The rule's definition as for POST /workflows, plus `events` (default 20, at most 100): how many events, or for a schedule how many tickets, to try. Each try runs the conditions and actions as you, in a transaction that is rolled back.",
    },
  })
  .input(dryRunInput)
  .output(dryRunResultSchema)
  .mutation(({ ctx, input }) => dryRunWorkflow(ctx.deps, ctx.actor, input));
