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

/** S3 takes one PUT of up to 5 GiB; past this, parts go faster and resume part by part. */
export const DEFAULT_MULTIPART_ABOVE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_PART_BYTES = 16 * 1024 * 1024;

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
  const file = { contentType: input.contentType, size: input.size };
  const { storage } = config;
  // The URLs first: if signing fails, no row is left behind.
  const inParts =
    storage.presignParts && input.size > (config.multipartAboveBytes ?? DEFAULT_MULTIPART_ABOVE_BYTES)
      ? await storage.presignParts(objectKey, file, config.partBytes ?? DEFAULT_PART_BYTES, config.uploadUrlSeconds)
      : null;
  const target = inParts ? null : await storage.presignUpload(objectKey, file, config.uploadUrlSeconds);
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
    uploadId: inParts?.uploadId ?? null,
  });
  return {
    attachmentId: id,
    uploadUrl: target?.url ?? null,
    method: 'PUT',
    headers: target?.headers ?? {},
    parts: inParts?.parts ?? [],
    expiresAt: target?.expiresAt ?? new Date(Date.now() + config.uploadUrlSeconds * 1000),
  };
}
