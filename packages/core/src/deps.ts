import type { Database } from '@ticketing/db/client';
import type { ObjectStorage } from './attachments/storage/object-storage.ts';
import type { CredentialCache } from './auth/credential-cache.ts';
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

/** Attachments (issue 11): where the bytes live and the limits on them. */
export interface AttachmentConfig {
  storage: ObjectStorage;
  /** The largest file accepted (ATTACHMENT_MAX_BYTES). */
  maxBytes: number;
  uploadUrlSeconds: number;
  downloadUrlSeconds: number;
  /** Files larger than this go up in parts of `partBytes`, where the storage takes parts (S3). */
  multipartAboveBytes?: number;
  partBytes?: number;
}

export interface CoreConfig {
  /** When false, only admins create accounts (users.create). */
  allowRegistration: boolean;
  /** Absent fields take the safe defaults of webhooks/webhook-config.ts (https only, public addresses). */
  webhooks?: Partial<WebhookConfig>;
  /** Absent where nothing stores files (some tests); attachment calls then answer E_UNAVAILABLE. */
  attachments?: AttachmentConfig;
}

/** What domain functions need from the outside world; no HTTP, no tRPC. */
export interface Deps {
  db: Database;
  config: CoreConfig;
  /** This process's live event feed (events.subscribe, the event stream); absent where none runs. */
  live?: LiveFeed;
  /** This process's cache of credential lookups; absent, every request asks the database. */
  credentials?: CredentialCache;
}
