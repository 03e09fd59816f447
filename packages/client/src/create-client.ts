import type { AppRouter } from '@ticketing/api/root';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  TRPCClientError,
  type TRPCLink,
} from '@trpc/client';
import { observable } from '@trpc/server/observable';
import superjson from 'superjson';

/** What the `eventsource` package's EventSource takes besides the browser's: a fetch of its own. */
interface EventSourceInit {
  withCredentials?: boolean;
  fetch?: (url: string | URL, init: { headers: Record<string, string> }) => Promise<Response>;
}

/** An EventSource class: the browser's, or the `eventsource` package's (Node, or to send a token). */
export type EventSourceClass = new (url: string, init?: EventSourceInit) => EventSource;

export interface ClientOptions {
  /** The tRPC endpoint, e.g. http://127.0.0.1:3000/trpc */
  url: string;
  /** A session token (from auth.login) or an API token; sent as a Bearer token. */
  token?: string | (() => string | undefined);
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /**
   * What subscriptions (events.subscribe) connect with; the global EventSource by default. In
   * Node pass the `eventsource` package's: it sends the token and `headers` like every other call.
   * A browser's own EventSource cannot send headers and authenticates with the session cookie.
   */
  EventSource?: EventSourceClass;
}

/** Stands in for subscriptions where there is no EventSource at all, saying what to do about it. */
const noEventSource: TRPCLink<AppRouter> = () => () =>
  observable((observer) => {
    observer.error(
      new TRPCClientError(
        'Subscriptions need an EventSource: pass the `eventsource` package’s as ClientOptions.EventSource',
      ),
    );
  });

/**
 * The typed tRPC client: superjson (Dates stay Dates); queries and mutations batched over HTTP,
 * subscriptions as server-sent events that resume after the last event id when they reconnect.
 */
export function createClient(options: ClientOptions) {
  const headers = () => {
    const token = typeof options.token === 'function' ? options.token() : options.token;
    return { ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  };
  const fetchWith = options.fetch ?? fetch;
  const EventSourceClass = options.EventSource ?? globalThis.EventSource;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: EventSourceClass
          ? httpSubscriptionLink({
              url: options.url,
              transformer: superjson,
              EventSource: EventSourceClass,
              // The cookie goes along cross-origin too (withCredentials); the `eventsource` package
              // also takes the token and headers, on every reconnection as well.
              eventSourceOptions: (): EventSourceInit => ({
                withCredentials: true,
                fetch: (url, init) => fetchWith(url, { ...init, headers: { ...init.headers, ...headers() } }),
              }),
            })
          : noEventSource,
        false: httpBatchLink({
          url: options.url,
          transformer: superjson,
          ...(options.fetch ? { fetch: options.fetch } : {}),
          headers,
        }),
      }),
    ],
  });
}

export type Client = ReturnType<typeof createClient>;
