import {
  listWorkflowRuns,
  listWorkflowRunsInput,
  workflowRunSchema,
} from '@ticketing/core/workflows/list-workflow-runs';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const runs = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/workflows/{id}/runs',
      tags: ['workflows'],
      summary: "A rule's run log, newest first: matched or not and why, each action's before and after, the outcome",
    },
  })
  .input(listWorkflowRunsInput)
  .output(z.array(workflowRunSchema))
  .query(({ ctx, input }) => listWorkflowRuns(ctx.deps, ctx.actor, input));
