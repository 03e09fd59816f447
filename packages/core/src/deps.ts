import type { Database } from '@ticketing/db/client';
import type { LiveFeed } from './events/live-feed.ts';

/** Outgoing webhooks (issue 9). */
export interface WebhookConfig {
  /** Accept http:// URLs as well as https:// (development only: the body and signature travel in clear). */
  allowHttp: boolean;
  /** Deliver to loopback, private, link-local, … addresses (tests, a private network you trust). */
  allowPrivate: boolean;
  /** One delivery attempt from connecting to the end of the response. */
  timeoutMs: number;
  /** Multiplies every delay of the retry schedule (tests shrink it; 1 in production). */
  retryScale: number;
}

export interface CoreConfig {
  /** When false, only admins create accounts (users.create). */
  allowRegistration: boolean;
  /** Absent fields take the safe defaults of webhooks/webhook-config.ts (https only, public addresses). */
  webhooks?: Partial<WebhookConfig>;
}

/** What domain functions need from the outside world; no HTTP, no tRPC. */
export interface Deps {
  db: Database;
  config: CoreConfig;
  /** This process's live event feed (events.subscribe, the event stream); absent where none runs. */
  live?: LiveFeed;
}
