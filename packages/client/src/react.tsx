import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AppRouter } from '@ticketing/api/root';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ReactNode, useState } from 'react';
import { type ClientOptions, createClient } from './create-client.ts';

/**
 * `useTRPC()` returns query and mutation option factories plus key helpers for precise invalidation:
 * `queryClient.invalidateQueries(trpc.tickets.list.pathFilter())`.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export interface TicketingProviderProps extends ClientOptions {
  children: ReactNode;
  /** Defaults to a new QueryClient for this provider. */
  queryClient?: QueryClient;
}

/**
 * Wires TanStack Query and the typed tRPC client for a React tree: queries and mutations over HTTP,
 * subscriptions over server-sent events (`EventSource`: the browser's, authenticated by the session
 * cookie, or the `eventsource` package's, which sends `token`). useLiveUpdates() keeps the cache fresh.
 */
export function TicketingProvider({ children, queryClient: given, ...options }: TicketingProviderProps) {
  const [queryClient] = useState(() => given ?? new QueryClient());
  const [trpcClient] = useState(() => createClient(options));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
