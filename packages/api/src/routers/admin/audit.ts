import { auditLog } from '@ticketing/core/events/audit-log';
import { auditLogInput, eventPageSchema } from '@ticketing/core/events/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const audit = permittedProcedure('audit:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/admin/audit',
      tags: ['admin'],
      summary: 'The audit log: every change, in every project and to every account (admin)',
      description:
        'The same events as the feed, plus changes to users, roles, API tokens and departments. `actor` narrows to what one user did. Page with `after` and `nextAfter`.',
    },
  })
  .input(auditLogInput)
  .output(eventPageSchema)
  .query(({ ctx, input }) => auditLog(ctx.deps, ctx.actor, input));
