import type { AppRouter } from '@ticketing/api/root';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';

export interface ClientOptions {
  /** The tRPC endpoint, e.g. http://127.0.0.1:3000/trpc */
  url: string;
  /** A session token (from auth.login) or an API token; sent as a Bearer token. */
  token?: string | (() => string | undefined);
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** The typed tRPC client: superjson (Dates stay Dates) and request batching. */
export function createClient(options: ClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: () => {
          const token = typeof options.token === 'function' ? options.token() : options.token;
          return { ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
        },
      }),
    ],
  });
}

export type Client = ReturnType<typeof createClient>;
