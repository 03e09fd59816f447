import type { Executor } from '@ticketing/db/client';
import {
  type AttachmentRow,
  attachments,
  type ProjectRow,
  projectMembers,
  projects,
  type TicketRow,
  ticketColumns,
  tickets,
} from '@ticketing/db/schema';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { AttachmentConfig, Deps } from '../deps.ts';
import { DomainError, notFound } from '../errors.ts';
import { type ProjectPermission, projectPermissionsOf } from '../permissions.ts';
import { membershipJoin, visibleTo } from '../projects/project-access.ts';

export interface AttachmentAccess {
  attachment: AttachmentRow;
  ticket: TicketRow;
  project: ProjectRow;
  permissions: ReadonlySet<ProjectPermission>;
}

/**
 * An attachment by id, scoped in the query: one of a project the actor cannot see, of a deleted
 * ticket, or itself deleted is NOT_FOUND, exactly like an id that never existed.
 */
export async function attachmentAccess(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AttachmentAccess> {
  const query = db
    .select({ attachment: attachments, ticket: ticketColumns, project: projects, myRole: projectMembers.role })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .innerJoin(projects, eq(projects.id, tickets.projectId))
    .leftJoin(projectMembers, membershipJoin(actor))
    .where(and(eq(attachments.id, id), ne(attachments.state, 'deleted'), isNull(tickets.deletedAt), visibleTo(actor)));
  const [row] = options.forUpdate ? await query.for('update', { of: attachments }) : await query;
  if (!row) throw notFound('Attachment', { id });
  return { ...row, permissions: projectPermissionsOf(actor, row.myRole) };
}

/** The storage and its limits, or E_UNAVAILABLE where none is configured. */
export function attachmentConfigOf(deps: Deps): AttachmentConfig {
  const config = deps.config.attachments;
  if (!config) throw new DomainError('E_UNAVAILABLE', 'Attachments are not configured on this server');
  return config;
}
