import { listNotifications } from '@ticketing/core/notifications/list-notifications';
import { listNotificationsInput, notificationPageSchema } from '@ticketing/core/notifications/schemas';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/notifications',
      tags: ['notifications'],
      summary: 'Your inbox, newest first',
      description:
        'What happened on tickets you watch, were assigned or were mentioned on, caused by someone else: one notification per event, with the most specific reason (assigned, mentioned, status, commented, updated). Only projects you can still read. `unread=true` for unread only; keyset pages: pass `nextCursor` back as `cursor`.',
    },
  })
  .input(listNotificationsInput)
  .output(notificationPageSchema)
  .query(({ ctx, input }) => listNotifications(ctx.deps, ctx.actor, input));
