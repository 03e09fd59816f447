import type { Executor } from '@ticketing/db/client';
import { on, perDatabase } from '@ticketing/db/per-database';
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

/** The query for each role and option, built once per database with the key and the actor as placeholders. */
const preparedAccess = perDatabase((executor) => {
  const prepare = (admin: boolean, options: TicketAccessOptions, name: string) => {
    const who = { userId: sql.placeholder('userId'), role: admin ? ('admin' as const) : ('user' as const) };
    const query = accessQuery(executor, who, sql.placeholder('key'), options);
    // FOR NO KEY UPDATE, the lock an UPDATE of the row takes itself: writers of the ticket still wait
    // for each other, but not for transactions that merely hold a row referencing it (the FOR KEY SHARE
    // of a foreign key). FOR UPDATE waits for those too, so two transactions that each inserted such a
    // row first (a rule's run row) and then lock the ticket deadlock (found after deadlock_timeout, 1 s).
    return (options.forUpdate ? query.for('no key update', { of: tickets }) : query).prepare(name);
  };
  const built = new Map<string, ReturnType<typeof prepare>>();
  return (admin: boolean, options: TicketAccessOptions) => {
    const name = `ticket_access_${admin ? 'admin' : 'member'}${options.details ? '_details' : ''}${options.deleted ? '_deleted' : ''}${options.forUpdate ? '_locked' : ''}`;
    let query = built.get(name);
    if (!query) {
      query = prepare(admin, options, name);
      built.set(name, query);
    }
    return query;
  };
});

/**
 * Loads a ticket by key, scoped in the query to projects the actor can see: a ticket of another
 * project is NOT_FOUND, exactly like one that does not exist. With `forUpdate`, inside a transaction,
 * the row stays locked until it ends.
 */
export async function ticketAccess(
  db: Executor,
  actor: Actor,
  key: string,
  options: TicketAccessOptions = {},
): Promise<TicketAccess> {
  const query = preparedAccess(db)(actor.role === 'admin', options);
  const [row] = await on(query, db).execute({ userId: actor.userId, key: key.toUpperCase() });
  if (!row) throw notFound('Ticket', { key });
  return { ...row, permissions: projectPermissionsOf(actor, row.myRole) };
}
