import type { AttachmentRow } from '@ticketing/db/schema';
import type { AttachmentConfig } from '../deps.ts';
import { isInline } from './file-policy.ts';
import type { Attachment } from './schemas.ts';

/** The API's view of a row, with fresh download URLs once it is ready. */
export async function toAttachment(
  config: AttachmentConfig,
  row: AttachmentRow,
  context: { ticketKey: string; uploaderName: string },
): Promise<Attachment> {
  const inline = isInline(row.contentType);
  const ready = row.state === 'ready';
  const seconds = config.downloadUrlSeconds;
  const download = (key: string, contentType: string, fileName: string, asInline: boolean) =>
    config.storage.presignDownload(key, { fileName, contentType, inline: asInline }, seconds);
  return {
    id: row.id,
    ticketKey: context.ticketKey,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    state: row.state === 'pending' ? 'pending' : 'ready',
    uploader: { id: row.uploaderId, name: context.uploaderName },
    inline,
    downloadUrl: ready ? await download(row.objectKey, row.contentType, row.fileName, inline) : null,
    thumbnailUrl:
      ready && row.thumbnailKey
        ? await download(row.thumbnailKey, 'image/webp', `${row.fileName}.thumbnail.webp`, true)
        : null,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}
