import type { Executor } from '@ticketing/db/client';
import {
  type ProjectRole,
  type ProjectRow,
  projectMembers,
  projects,
  type TicketRow,
  ticketColumns,
  tickets,
} from '@ticketing/db/schema';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { type ProjectPermission, projectPermissionsOf } from '../permissions.ts';
import { membershipJoin, visibleTo } from '../projects/project-access.ts';
import { type DetailedTicketRow, ticketDetailColumns } from './hydrate.ts';

export interface TicketAccess {
  ticket: TicketRow;
  /** With `details: true`: people and labels, read in the same statement. */
  details?: Pick<DetailedTicketRow, 'reporterName' | 'assignees' | 'labels'>;
  project: ProjectRow;
  myRole: ProjectRole | null;
  permissions: ReadonlySet<ProjectPermission>;
}

export interface TicketAccessOptions {
  /** Lock the ticket row until the transaction ends (for writes). */
  forUpdate?: boolean;
  /** Find soft-deleted tickets too (restore). */
  deleted?: boolean;
  /** Also read people and labels (for returning the ticket). */
  details?: boolean;
}

/**
 * Loads a ticket by key, scoped in the query to projects the actor can see: a ticket of another
 * project is NOT_FOUND, exactly like one that does not exist.
 */
export async function ticketAccess(
  db: Executor,
  actor: Actor,
  key: string,
  options: TicketAccessOptions = {},
): Promise<TicketAccess> {
  const query = db
    .select({
      ticket: ticketColumns,
      project: projects,
      myRole: projectMembers.role,
      ...(options.details ? { details: ticketDetailColumns } : {}),
    })
    .from(tickets)
    .innerJoin(projects, eq(projects.id, tickets.projectId))
    .leftJoin(projectMembers, membershipJoin(actor))
    .where(
      and(
        eq(tickets.key, key.toUpperCase()),
        options.deleted ? isNotNull(tickets.deletedAt) : isNull(tickets.deletedAt),
        visibleTo(actor),
      ),
    );
  // FOR NO KEY UPDATE, the lock an UPDATE of the row takes itself: writers of the ticket still wait
  // for each other, but not for transactions that merely hold a row referencing it (the FOR KEY SHARE
  // of a foreign key). FOR UPDATE waits for those too, so two transactions that each inserted such a
  // row first (a rule's run row) and then lock the ticket deadlock (found after deadlock_timeout, 1 s).
  const [row] = options.forUpdate ? await query.for('no key update', { of: tickets }) : await query;
  if (!row) throw notFound('Ticket', { key });
  return { ...row, permissions: projectPermissionsOf(actor, row.myRole) };
}
