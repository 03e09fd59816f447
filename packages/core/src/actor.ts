import type { ApiTokenScope, Role } from '@ticketing/db/schema';

/** A person acting: resolved once per request by the transport, passed to every domain function. */
export interface Actor {
  userId: string;
  role: Role;
  via:
    | { kind: 'session'; sessionId: string }
    | { kind: 'token'; tokenId: string; scopes: ApiTokenScope[] }
    // A rule's action, with its owner's permissions: recorded as the rule's doing (issue 13).
    | { kind: 'automation'; ruleId: string; ruleName: string; runId: string; depth: number };
}

/** The application itself: first start-up (bootstrap), scheduled jobs. */
export interface SystemActor {
  kind: 'system';
  process: string;
}

/** An automation rule acting on its own (issue 13's rules). */
export interface AutomationActor {
  kind: 'automation';
  ruleId: string;
}

/** Whoever caused a change: what events record. Permission checks only ever see a person (Actor). */
export type AnyActor = Actor | SystemActor | AutomationActor;

export const isPerson = (actor: AnyActor): actor is Actor => 'userId' in actor;

export const systemActor = (process: string): SystemActor => ({ kind: 'system', process });
