import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { invalidationsFor } from './live-invalidation.ts';
import { useTRPC } from './react.tsx';
import type { RouterInputs } from './types.ts';

export interface LiveUpdatesOptions {
  /** Only these projects (default: every project you can read). */
  projectKeys?: RouterInputs['events']['subscribe']['projectKeys'];
  /** False pauses the stream. */
  enabled?: boolean;
}

/**
 * Keeps the TanStack Query cache fresh from the live event stream (events.subscribe): each event
 * invalidates exactly the queries it makes stale (see invalidationsFor), which refetch if in use.
 * Reconnections resume after the last event received, so no change is missed. Returns the
 * subscription's state (`status`: connecting, pending = live, error) for a connection indicator.
 */
export function useLiveUpdates(options: LiveUpdatesOptions = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useSubscription(
    trpc.events.subscribe.subscriptionOptions(options.projectKeys ? { projectKeys: options.projectKeys } : {}, {
      enabled: options.enabled ?? true,
      onData: ({ data: event }) => {
        for (const filter of invalidationsFor(trpc, event)) void queryClient.invalidateQueries(filter);
      },
    }),
  );
}
