import type { Executor } from '@ticketing/db/client';
import { outsideTransaction, perDatabase } from '@ticketing/db/per-database';
import {
  type ProjectRole,
  type ProjectRow,
  projectMembers,
  projects,
  type TicketRow,
  ticketColumns,
  tickets,
} from '@ticketing/db/schema';
import { and, eq, isNotNull, isNull, type Placeholder, sql } from 'drizzle-orm';
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

type Bound = string | Placeholder;

/** The query, with the key and the actor's id as values or as placeholders. */
function accessQuery(
  db: Executor,
  who: { userId: Bound; role: Actor['role'] },
  key: Bound,
  options: TicketAccessOptions,
) {
  return db
    .select({
      ticket: ticketColumns,
      project: projects,
      myRole: projectMembers.role,
      ...(options.details ? { details: ticketDetailColumns } : {}),
    })
    .from(tickets)
    .innerJoin(projects, eq(projects.id, tickets.projectId))
    .leftJoin(projectMembers, membershipJoin(who))
    .where(
      and(
        eq(tickets.key, key),
        options.deleted ? isNotNull(tickets.deletedAt) : isNull(tickets.deletedAt),
        visibleTo(who),
      ),
    );
}

/** The plain read (no lock, not deleted), for an admin or a member, with or without details. */
const preparedReads = perDatabase((db) => {
  const read = (admin: boolean, details: boolean) =>
    accessQuery(db, { userId: sql.placeholder('userId'), role: admin ? 'admin' : 'user' }, sql.placeholder('key'), {
      details,
    }).prepare(`ticket_access_${admin ? 'admin' : 'member'}${details ? '_details' : ''}`);
  return {
    admin: read(true, false),
    adminDetails: read(true, true),
    member: read(false, false),
    memberDetails: read(false, true),
  };
});

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
  const admin = actor.role === 'admin';
  const pool = options.forUpdate || options.deleted ? null : outsideTransaction(db);
  let row: Awaited<ReturnType<typeof accessQuery>>[number] | undefined;
  if (pool) {
    const reads = preparedReads(pool);
    const read = admin
      ? options.details
        ? reads.adminDetails
        : reads.admin
      : options.details
        ? reads.memberDetails
        : reads.member;
    [row] = await read.execute({ userId: actor.userId, key: key.toUpperCase() });
  } else {
    const query = accessQuery(db, actor, key.toUpperCase(), options);
    // FOR NO KEY UPDATE, the lock an UPDATE of the row takes itself: writers of the ticket still wait
    // for each other, but not for transactions that merely hold a row referencing it (the FOR KEY SHARE
    // of a foreign key). FOR UPDATE waits for those too, so two transactions that each inserted such a
    // row first (a rule's run row) and then lock the ticket deadlock (found after deadlock_timeout, 1 s).
    [row] = options.forUpdate ? await query.for('no key update', { of: tickets }) : await query;
  }
  if (!row) throw notFound('Ticket', { key });
  return { ...row, permissions: projectPermissionsOf(actor, row.myRole) };
}
