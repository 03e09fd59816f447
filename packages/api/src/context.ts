import type { Actor } from '@ticketing/core/actor';
import { authenticate } from '@ticketing/core/auth/authenticate';
import type { ClientInfo } from '@ticketing/core/auth/client-info';
import type { Deps } from '@ticketing/core/deps';
import { DomainError } from '@ticketing/core/errors';
import { hitRateLimit } from '@ticketing/core/rate-limit/hit-rate-limit';
import { toTrpcError } from './errors.ts';

/** What the transport learned about the HTTP request; the only HTTP facts procedures see. */
export interface RequestInfo {
  client: ClientInfo;
  /** The bearer token, or the session cookie's value. */
  credential: { token: string; via: 'bearer' | 'cookie' } | null;
  /** False when a browser sent this request from an origin that is neither ours nor allowed. */
  originAllowed: boolean;
  /** Served over https (decides the cookie's Secure flag). */
  secure: boolean;
  setCookie(cookie: string): void;
  setHeader(name: string, value: string): void;
}

export interface Context {
  deps: Deps;
  request: RequestInfo;
  actor: Actor | null;
}

/** Requests per minute: per API token or signed-in user, and per client address for anonymous calls. */
export interface RateLimitConfig {
  perMinute: number;
  anonymousPerMinute: number;
}

function rateLimitKey(actor: Actor | null, request: RequestInfo): string {
  if (actor?.via.kind === 'token') return `token:${actor.via.tokenId}`;
  if (actor) return `user:${actor.userId}`;
  return `ip:${request.client.ip ?? 'unknown'}`;
}

export async function createContext(deps: Deps, request: RequestInfo, rateLimit?: RateLimitConfig): Promise<Context> {
  const actor = request.credential ? await authenticate(deps, request.credential.token) : null;
  if (rateLimit) {
    const limit = actor ? rateLimit.perMinute : rateLimit.anonymousPerMinute;
    const state = await hitRateLimit(deps.db, rateLimitKey(actor, request), limit);
    request.setHeader('RateLimit-Limit', String(state.limit));
    request.setHeader('RateLimit-Remaining', String(state.remaining));
    request.setHeader('RateLimit-Reset', String(state.resetSeconds));
    if (state.exceeded) {
      throw toTrpcError(
        new DomainError('E_RATE_LIMITED', `Rate limit of ${limit} requests per minute exceeded`, {
          retryAfterSeconds: state.resetSeconds,
          limit,
        }),
      );
    }
  }
  return { deps, request, actor };
}
