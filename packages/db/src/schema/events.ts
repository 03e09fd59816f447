import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { actorKind } from './actors.ts';
import { createdAt, timestampTz } from './columns.ts';
import { projects } from './projects.ts';
import { tickets } from './tickets.ts';
import { users } from './users.ts';

/**
 * What happened, one row per event, appended in the transaction that made the change (a
 * transactional outbox). The permanent record: history, the audit log, the feeds, webhooks and the
 * inbox all read it, each at its own pace. Ids come from a sequence; see core/events/horizon.ts for
 * how readers avoid skipping an event that commits after a larger id.
 */
export const events = pgTable(
  'events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    type: text().notNull(),
    projectId: uuid().references(() => projects.id),
    ticketId: uuid().references(() => tickets.id),
    actorKind: actorKind().notNull(),
    // The person behind the actor (a user, or the owner of an API token); null for the system.
    actorId: uuid().references(() => users.id),
    // How they acted: session, token id, rule id, system process.
    actor: jsonb().notNull(),
    data: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('events_project_idx').on(t.projectId, t.id),
    index('events_ticket_idx').on(t.ticketId, t.id),
    index('events_actor_idx').on(t.actorId, t.id),
    index('events_type_idx').on(t.type, t.id),
  ],
);

/** Where each named consumer of the event log has got to. */
export const eventConsumers = pgTable('event_consumers', {
  name: text().primaryKey(),
  lastEventId: bigint({ mode: 'number' }).notNull().default(0),
  updatedAt: timestampTz().notNull().defaultNow(),
});

export type EventRow = typeof events.$inferSelect;
