import createFetchClient from 'openapi-fetch';
import type { paths } from './openapi.d.ts';

export interface RestClientOptions {
  /** The server's origin plus /api/v1, e.g. http://127.0.0.1:3000/api/v1 */
  baseUrl: string;
  /** An API token (tkt_…) or a session token. */
  token?: string;
  fetch?: typeof fetch;
}

/** A typed REST client for external TypeScript tools: paths, parameters and bodies are checked. */
export function createRestClient(options: RestClientOptions) {
  return createFetchClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
}

export type RestClient = ReturnType<typeof createRestClient>;
export type { components, paths } from './openapi.d.ts';
