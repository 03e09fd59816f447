import type { ApiTokenScope, Role } from '@ticketing/db/schema';

/** Who is acting: resolved once per request by the transport, passed to every domain function. */
export interface Actor {
  userId: string;
  role: Role;
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string; scopes: ApiTokenScope[] };
}
