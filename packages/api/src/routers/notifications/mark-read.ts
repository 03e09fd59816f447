import { markRead as mark } from '@ticketing/core/notifications/mark-read';
import { markReadInput, unreadCountSchema } from '@ticketing/core/notifications/schemas';
import { authedProcedure } from '../../trpc.ts';

export const markRead = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/notifications/read',
      tags: ['notifications'],
      summary: 'Mark notifications read',
      description:
        '`{ "ids": [...] }` (up to 100 of yours; ids that are not yours are ignored) or `{ "all": true }`. Answers the unread count that is left.',
    },
  })
  .input(markReadInput)
  .output(unreadCountSchema)
  .mutation(({ ctx, input }) => mark(ctx.deps, ctx.actor, input));
