import { randomUUID } from 'node:crypto';
import { attachments } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, invalid } from '../errors.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { ticketAccess } from '../tickets/ticket-access.ts';
import { attachmentConfigOf } from './attachment-access.ts';
import { refusalOf } from './file-policy.ts';
import type { CreateUploadInput, UploadTargetOutput } from './schemas.ts';

/**
 * Starts an upload: checks who may attach and what, records the attachment as pending, and returns
 * a URL that accepts exactly this file (its type and size are signed into it) for a short while.
 */
export async function createUpload(deps: Deps, actor: Actor, input: CreateUploadInput): Promise<UploadTargetOutput> {
  const config = attachmentConfigOf(deps);
  if (input.size > config.maxBytes) {
    throw new DomainError('E_PAYLOAD_TOO_LARGE', `Files may be at most ${config.maxBytes} bytes`, {
      fields: { size: [`At most ${config.maxBytes} bytes`] },
      maxBytes: config.maxBytes,
    });
  }
  const refusal = refusalOf(input.fileName, input.contentType);
  if (refusal) throw invalid('contentType', refusal);
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:edit');
  assertNotArchived(access.project);

  const id = randomUUID();
  const objectKey = `${access.project.id}/${id}`;
  // The URL first: if signing fails, no row is left behind.
  const target = await config.storage.presignUpload(
    objectKey,
    { contentType: input.contentType, size: input.size },
    config.uploadUrlSeconds,
  );
  await deps.db.insert(attachments).values({
    id,
    ticketId: access.ticket.id,
    projectId: access.project.id,
    uploaderId: actor.userId,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    sha256: input.sha256 ?? null,
    objectKey,
  });
  return {
    attachmentId: id,
    uploadUrl: target.url,
    method: target.method,
    headers: target.headers,
    expiresAt: target.expiresAt,
  };
}
