import { jobStats, jobStatsSchema } from '@ticketing/core/jobs/job-stats';
import { z } from 'zod';
import { permittedProcedure } from '../../trpc.ts';

export const jobs = permittedProcedure('jobs:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/admin/jobs',
      tags: ['admin'],
      summary: 'Background jobs: counts by queue and state, the oldest due job, recent failures (admin)',
    },
  })
  .input(z.object({}))
  .output(jobStatsSchema)
  .query(({ ctx }) => jobStats(ctx.deps, ctx.actor));
