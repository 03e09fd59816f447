import { createHash } from 'node:crypto';
import { attachments, tickets, users } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, forbidden, invalid, notFound } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { attachmentAccess, attachmentConfigOf } from './attachment-access.ts';
import { hasThumbnail } from './file-policy.ts';
import type { Attachment, CompleteUploadInput } from './schemas.ts';
import type { ObjectStorage } from './storage/object-storage.ts';
import { thumbnailJob } from './thumbnail-job.ts';
import { toAttachment } from './to-attachment.ts';

/** An upload in parts becomes one object when its parts are joined; the storage checks each ETag. */
async function joinParts(
  storage: ObjectStorage,
  key: string,
  uploadId: string,
  parts: CompleteUploadInput['parts'],
): Promise<void> {
  if (!parts?.length)
    throw invalid('parts', 'This upload went in parts: send every part with the ETag its upload answered');
  if (!storage.completeParts) throw new Error('the storage took an upload in parts but cannot complete one');
  try {
    await storage.completeParts(key, uploadId, parts);
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    // The storage's own refusal of what the client sent (a missing part, a wrong ETag, a part too small).
    if (/^(InvalidPart|InvalidPartOrder|EntityTooSmall|NoSuchUpload)$/.test(name)) {
      throw invalid('parts', `The storage refused the parts (${name}): upload every part, then send their ETags`);
    }
    throw error;
  }
}

async function sha256Of(storage: ObjectStorage, key: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await storage.read(key)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * After the client's upload: checks the stored object is there with the declared size (and SHA-256
 * when one was declared), then marks the attachment ready and records it on the ticket (history and
 * `attachment.added`) in one transaction. Completing twice answers the same attachment.
 */
export async function completeUpload(deps: Deps, actor: Actor, input: CompleteUploadInput): Promise<Attachment> {
  const config = attachmentConfigOf(deps);
  const access = await attachmentAccess(deps.db, actor, input.id);
  const { attachment } = access;
  if (attachment.uploaderId !== actor.userId) throw forbidden('Only the person who started an upload completes it');
  assertProjectCan(access, 'ticket:edit');
  if (attachment.state === 'pending') {
    let stored = await config.storage.stat(attachment.objectKey);
    if (!stored && attachment.uploadId) {
      await joinParts(config.storage, attachment.objectKey, attachment.uploadId, input.parts);
      stored = await config.storage.stat(attachment.objectKey);
    }
    if (!stored) {
      throw new DomainError('E_CONFLICT', 'The file has not been uploaded yet: PUT it to the upload URL first', {
        attachmentId: attachment.id,
      });
    }
    if (stored.size !== attachment.size) {
      await config.storage.remove(attachment.objectKey);
      throw invalid(
        'size',
        `The stored file has ${stored.size} bytes, not the declared ${attachment.size}; upload it again`,
      );
    }
    if (attachment.sha256) {
      const actual = await sha256Of(config.storage, attachment.objectKey);
      if (actual !== attachment.sha256) {
        await config.storage.remove(attachment.objectKey);
        throw invalid('sha256', 'The stored file does not match the declared SHA-256; upload it again', { actual });
      }
    }
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .update(attachments)
        .set({ state: 'ready', completedAt: new Date(), uploadId: null })
        .where(and(eq(attachments.id, attachment.id), eq(attachments.state, 'pending')))
        .returning();
      // No longer pending: completed a moment ago (that transaction recorded it), or deleted.
      if (!row) return;
      await tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, access.ticket.id));
      await recordEvents(tx, actor, [
        {
          type: 'attachment.added',
          projectId: access.project.id,
          ticketId: access.ticket.id,
          data: {
            key: access.ticket.key,
            version: access.ticket.version,
            attachmentId: row.id,
            fileName: row.fileName,
            contentType: row.contentType,
            size: row.size,
          },
        },
      ]);
      if (hasThumbnail(row.contentType)) {
        await enqueueJob(tx, thumbnailJob, { attachmentId: row.id }, { idempotencyKey: row.id });
      }
    });
  }
  const [row] = await deps.db.select().from(attachments).where(eq(attachments.id, attachment.id));
  const [uploader] = await deps.db.select({ name: users.name }).from(users).where(eq(users.id, attachment.uploaderId));
  if (row?.state !== 'ready') throw notFound('Attachment', { id: input.id });
  return toAttachment(config, row, { ticketKey: access.ticket.key, uploaderName: uploader?.name ?? '' });
}
