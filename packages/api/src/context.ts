import type { Actor } from '@ticketing/core/actor';
import { authenticate } from '@ticketing/core/auth/authenticate';
import type { ClientInfo } from '@ticketing/core/auth/client-info';
import type { Deps } from '@ticketing/core/deps';

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
}

export interface Context {
  deps: Deps;
  request: RequestInfo;
  actor: Actor | null;
}

export async function createContext(deps: Deps, request: RequestInfo): Promise<Context> {
  const actor = request.credential ? await authenticate(deps, request.credential.token) : null;
  return { deps, request, actor };
}
