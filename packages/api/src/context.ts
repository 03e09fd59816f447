import type { Actor } from '@ticketing/core/actor';
import { addressKey } from '@ticketing/core/auth/address-key';
import { authenticate } from '@ticketing/core/auth/authenticate';
import type { ClientInfo } from '@ticketing/core/auth/client-info';
import type { Deps } from '@ticketing/core/deps';
import { DomainError } from '@ticketing/core/errors';
import type { OnProgress } from '@ticketing/core/progress';
import type { RateLimitBudget, RateLimiter } from '@ticketing/core/rate-limit/rate-limiter';
import { toTrpcError, withDomainCode } from './errors.ts';

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
  /** Set by a transport that streams a long operation's progress (the streamed import). */
  onProgress?: OnProgress;
}

/** Requests per minute: per user (all their credentials together), per API token, per anonymous address. */
export interface RateLimitConfig {
  perMinute: number;
  perTokenPerMinute: number;
  anonymousPerMinute: number;
  /** This process's counters, reconciled with the other processes' through the database. */
  limiter: RateLimiter;
}

/**
 * A user's requests count against one budget whatever credential they use, so minting more tokens
 * buys no more requests; a token also has its own budget inside that one.
 */
function budgetsOf(actor: Actor | null, request: RequestInfo, limits: RateLimitConfig): RateLimitBudget[] {
  if (!actor) {
    const address = request.client.ip ? addressKey(request.client.ip) : 'unknown';
    return [{ key: `ip:${address}`, limit: limits.anonymousPerMinute }];
  }
  const user = { key: `user:${actor.userId}`, limit: limits.perMinute };
  if (actor.via.kind !== 'token') return [user];
  return [user, { key: `token:${actor.via.tokenId}`, limit: limits.perTokenPerMinute }];
}

async function resolve(deps: Deps, request: RequestInfo, rateLimit: RateLimitConfig | undefined): Promise<Context> {
  const actor = request.credential ? await authenticate(deps, request.credential.token) : null;
  if (rateLimit) {
    const state = await rateLimit.limiter.hit(budgetsOf(actor, request, rateLimit));
    request.setHeader('RateLimit-Limit', String(state.limit));
    request.setHeader('RateLimit-Remaining', String(state.remaining));
    request.setHeader('RateLimit-Reset', String(state.resetSeconds));
    if (state.exceeded) {
      throw toTrpcError(
        new DomainError('E_RATE_LIMITED', `Rate limit of ${state.limit} requests per minute exceeded`, {
          retryAfterSeconds: state.resetSeconds,
          limit: state.limit,
        }),
      );
    }
  }
  return { deps, request, actor };
}

export async function createContext(deps: Deps, request: RequestInfo, rateLimit?: RateLimitConfig): Promise<Context> {
  try {
    return await resolve(deps, request, rateLimit);
  } catch (error) {
    // Runs before any procedure middleware: a database outage here must still answer 503, not 500.
    throw withDomainCode(error);
  }
}
