import { pgEnum } from 'drizzle-orm/pg-core';

/** Who can cause a change: a person (session or API token), the system itself, an automation rule. */
export const actorKinds = ['user', 'system', 'automation'] as const;
export type ActorKind = (typeof actorKinds)[number];
export const actorKind = pgEnum('actor_kind', actorKinds);
