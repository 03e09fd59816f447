import type { DetailedTicketRow } from '@ticketing/core/tickets/hydrate';
import type { ProjectRole } from '@ticketing/db/schema';

/** A ticket with its people and labels, its project and the actor's role there (GET_TICKET, LOCK_TICKET). */
export type TicketAccessRow = DetailedTicketRow & { projectKey: string; archived: boolean; myRole: ProjectRole | null };

/** A project the actor can see, with their role in it (PROJECT_ACCESS). */
export interface ProjectAccessRow {
  id: string;
  key: string;
  archived: boolean;
  myRole: ProjectRole | null;
}

/** A statement's options: every one is prepared (named, parsed once per connection). */
export const prepared = { prepare: true } as const;
