import { unreadCountSchema } from '@ticketing/core/notifications/schemas';
import { countUnread } from '@ticketing/core/notifications/unread-count';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const unreadCount = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/notifications/unread-count',
      tags: ['notifications'],
      summary: 'How many of your notifications are unread',
    },
  })
  .input(z.void())
  .output(unreadCountSchema)
  .query(({ ctx }) => countUnread(ctx.deps, ctx.actor));
