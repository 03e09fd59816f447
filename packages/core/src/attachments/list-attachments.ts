import { attachments, users } from '@ticketing/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { ticketAccess } from '../tickets/ticket-access.ts';
import { attachmentAccess, attachmentConfigOf } from './attachment-access.ts';
import type { Attachment } from './schemas.ts';
import { toAttachment } from './to-attachment.ts';

/** A ticket's attachments, oldest first, each with fresh download URLs. Pending uploads are not listed. */
export async function listAttachments(deps: Deps, actor: Actor, input: { key: string }): Promise<Attachment[]> {
  const config = attachmentConfigOf(deps);
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const rows = await deps.db
    .select({ attachment: attachments, uploaderName: users.name })
    .from(attachments)
    .innerJoin(users, eq(users.id, attachments.uploaderId))
    .where(and(eq(attachments.ticketId, access.ticket.id), eq(attachments.state, 'ready')))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
    // A ticket with more than this is a data dump, not a ticket; the limit keeps the answer bounded.
    .limit(500);
  return Promise.all(
    rows.map((row) =>
      toAttachment(config, row.attachment, { ticketKey: access.ticket.key, uploaderName: row.uploaderName }),
    ),
  );
}

/** One attachment's metadata and a fresh download URL. */
export async function getAttachment(deps: Deps, actor: Actor, input: { id: string }): Promise<Attachment> {
  const config = attachmentConfigOf(deps);
  const access = await attachmentAccess(deps.db, actor, input.id);
  assertProjectCan(access, 'ticket:read');
  const [uploader] = await deps.db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, access.attachment.uploaderId));
  return toAttachment(config, access.attachment, { ticketKey: access.ticket.key, uploaderName: uploader?.name ?? '' });
}
