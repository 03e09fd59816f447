import { attachments, tickets } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { attachmentAccess, attachmentConfigOf } from './attachment-access.ts';
import { removeObjectsJob } from './remove-objects-job.ts';

/**
 * The uploader (while they may edit the ticket), or the project's lead, a manager in it or an admin.
 * The attachment leaves the ticket with history and an event; its bytes are removed by a job that
 * exists only if this transaction commits.
 */
export async function deleteAttachment(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  attachmentConfigOf(deps);
  await deps.db.transaction(async (tx) => {
    const access = await attachmentAccess(tx, actor, input.id, { forUpdate: true });
    const { attachment } = access;
    assertProjectCan(access, attachment.uploaderId === actor.userId ? 'ticket:edit' : 'attachment:moderate');
    assertNotArchived(access.project);
    await tx
      .update(attachments)
      .set({ state: 'deleted', deletedAt: new Date() })
      .where(eq(attachments.id, attachment.id));
    const keys = [attachment.objectKey, ...(attachment.thumbnailKey ? [attachment.thumbnailKey] : [])];
    const parts = attachment.uploadId ? { key: attachment.objectKey, uploadId: attachment.uploadId } : undefined;
    await enqueueJob(tx, removeObjectsJob, { keys, ...(parts ? { parts } : {}) }, { idempotencyKey: attachment.id });
    // A pending upload never appeared on the ticket, so its removal is not news either.
    if (attachment.state !== 'ready') return;
    await tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, access.ticket.id));
    await recordEvents(tx, actor, [
      {
        type: 'attachment.deleted',
        projectId: access.project.id,
        ticketId: access.ticket.id,
        data: {
          key: access.ticket.key,
          version: access.ticket.version,
          attachmentId: attachment.id,
          fileName: attachment.fileName,
        },
      },
    ]);
  });
}
