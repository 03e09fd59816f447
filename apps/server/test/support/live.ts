import { type Client, createClient } from '@ticketing/client/create-client';
import type { RouterInputs, RouterOutputs } from '@ticketing/client/types';
import type { LiveLimits } from '@ticketing/core/events/live-limits';
import { EventSource } from 'eventsource';
import { startTestServer, type TestServer } from './test-server.ts';

export type LiveEvent = RouterOutputs['events']['list']['items'][number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds, looking every 10 ms, for at most `ms`: a bound on a wait, not a timing claim. */
export async function until(done: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(10);
  }
}

/**
 * startTestServer with the live streams' bounds shortened (maxDurationMs, heartbeatMs…), so that
 * a test sees a stream end and its client come back without waiting minutes.
 */
export const startLiveServer = (env: Record<string, string> = {}, liveLimits: Partial<LiveLimits> = {}) =>
  startTestServer(env, { liveLimits });

/** A tRPC client whose subscriptions run over the `eventsource` package, as a Node tool's would. */
export const liveClient = (url: string, token: string): Client =>
  createClient({ url: `${url}/trpc`, token, EventSource });

export interface Subscription {
  /** What arrived: the tracked id tRPC gives each event, and the event. */
  received: { id: string; data: LiveEvent }[];
  errors: unknown[];
  /** Connection states as the link reports them (connecting, pending, idle). */
  states: string[];
  receives(predicate: (event: LiveEvent) => boolean, what: string): Promise<LiveEvent>;
  stop(): void;
}

/** Subscribes to events.subscribe and collects what comes. */
export function subscribe(client: Client, input: RouterInputs['events']['subscribe'] = {}): Subscription {
  const received: Subscription['received'] = [];
  const errors: unknown[] = [];
  const states: string[] = [];
  const subscription = client.events.subscribe.subscribe(input, {
    onData: (tracked) => received.push(tracked),
    onError: (error) => errors.push(error),
    onConnectionStateChange: (state) => states.push(state.state),
  });
  return {
    received,
    errors,
    states,
    async receives(predicate, what) {
      await until(() => received.some((item) => predicate(item.data)) || errors.length > 0, what);
      const found = received.find((item) => predicate(item.data));
      if (!found) throw new Error(`${what}: the subscription failed instead: ${String(errors[0])}`);
      return found.data;
    },
    stop: () => subscription.unsubscribe(),
  };
}

/** One message of a text/event-stream: its fields, or a comment. */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

export interface RawStream {
  response: Response;
  messages: SseMessage[];
  /** The data of each event message, parsed. */
  events(): LiveEvent[];
  receives(predicate: (message: SseMessage) => boolean, what: string): Promise<SseMessage>;
  /** Settles when the server ends the response. */
  ended: Promise<void>;
  hasEnded(): boolean;
  close(): void;
}

/**
 * GET /api/v1/events/stream read as raw text, parsed the way the HTML standard says (lines, fields,
 * a blank line ends a message), so that a test sees exactly what goes over the wire.
 */
export async function openRawStream(
  url: string,
  options: { token?: string; query?: string; headers?: Record<string, string> } = {},
): Promise<RawStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/v1/events/stream${options.query ?? ''}`, {
    signal: abort.signal,
    headers: {
      accept: 'text/event-stream',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
  });
  const messages: SseMessage[] = [];
  let over = false;
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let pending = '';
    let message: SseMessage = {};
    try {
      for await (const chunk of response.body) {
        pending += decoder.decode(chunk, { stream: true });
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (line === '') {
            if (Object.keys(message).length > 0) messages.push(message);
            message = {};
          } else if (line.startsWith(':')) {
            messages.push({ comment: line.slice(1).trim() });
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id' || field === 'event' || field === 'data') message[field] = value;
          }
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      over = true;
    }
  })();
  ended.catch(() => {});
  return {
    response,
    messages,
    events: () => messages.flatMap((m) => (m.data !== undefined && !m.event ? [JSON.parse(m.data) as LiveEvent] : [])),
    async receives(predicate, what) {
      await until(() => messages.some(predicate) || over, what);
      const found = messages.find(predicate);
      if (!found) throw new Error(`the stream ended before: ${what}`);
      return found;
    },
    ended,
    hasEnded: () => over,
    close: () => abort.abort(),
  };
}

/** Over REST, failing loudly: a project with these members (viewer), and tickets in it. */
export async function makeProject(server: TestServer, adminToken: string, key: string, viewers: string[] = []) {
  const created = await server.request('/api/v1/projects', {
    method: 'POST',
    token: adminToken,
    json: { key, name: key },
  });
  if (created.status !== 200) throw new Error(`project ${key}: ${created.status} ${await created.text()}`);
  for (const userId of viewers) {
    const added = await server.request(`/api/v1/projects/${key}/members`, {
      method: 'POST',
      token: adminToken,
      json: { userId, role: 'viewer' },
    });
    if (added.status !== 200) throw new Error(`member of ${key}: ${added.status} ${await added.text()}`);
  }
}

export async function makeTicket(
  server: TestServer,
  token: string,
  projectKey: string,
  title = 'Live',
): Promise<string> {
  const response = await server.request('/api/v1/tickets', { method: 'POST', token, json: { projectKey, title } });
  if (response.status !== 200) throw new Error(`ticket in ${projectKey}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

/** The id of the last settled event, as an admin's events.list pages report it (nextAfter). */
export async function positionOf(server: TestServer, adminToken: string): Promise<number> {
  let after = 0;
  for (;;) {
    const response = await server.request(`/api/v1/events?after=${after}&limit=500`, { token: adminToken });
    const page = (await response.json()) as { items: unknown[]; nextAfter: number };
    if (page.items.length < 500) return page.nextAfter;
    after = page.nextAfter;
  }
}
