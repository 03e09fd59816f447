import { listEvents } from '@ticketing/core/events/list-events';
import { eventPageSchema, listEventsInput } from '@ticketing/core/events/schemas';
import { authedProcedure } from '../../trpc.ts';

export const list = authedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/events',
      tags: ['events'],
      summary: 'The event feed: what happened in your projects, oldest first',
      description:
        'For tools that poll rather than take webhooks. Start with `after=0` (or the last id you stored), then pass `nextAfter` back as `after`. Events are handed out in id order and never skipped: an event that commits late with a smaller id is held back until nothing before it is in flight. Only projects you can read; `projectKeys` and `types` narrow it.',
    },
  })
  .input(listEventsInput)
  .output(eventPageSchema)
  .query(({ ctx, input }) => listEvents(ctx.deps, ctx.actor, input));
