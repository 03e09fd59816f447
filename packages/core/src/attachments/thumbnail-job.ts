import { attachments } from '@ticketing/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { attachmentConfigOf } from './attachment-access.ts';

export const THUMBNAIL_WIDTH = 320;
/** Decoding bombs stop here (a 10,000 × 10,000 image). */
const MAX_INPUT_PIXELS = 100_000_000;
/** Larger images get no thumbnail: the file is read into memory to make one. */
export const MAX_THUMBNAIL_SOURCE_BYTES = 25 * 1024 * 1024;

/** A 320 px wide WebP of an image attachment; a failure leaves the attachment as it is. */
export const thumbnailJob = defineJob({
  queue: 'attachments.thumbnail',
  payload: z.object({ attachmentId: z.uuid() }),
  maxAttempts: 3,
  timeoutMs: 60_000,
  handle: async ({ attachmentId }, { deps }) => {
    const { storage } = attachmentConfigOf(deps);
    const [row] = await deps.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.state, 'ready')));
    if (!row || row.size > MAX_THUMBNAIL_SOURCE_BYTES) return;
    // Loaded here, not at start-up: a machine without sharp's binary still serves attachments.
    const { default: sharp } = await import('sharp');
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.read(row.objectKey)) chunks.push(chunk as Buffer);
    const thumbnail = await sharp(Buffer.concat(chunks), { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    const thumbnailKey = `${row.objectKey}.thumb.webp`;
    await storage.write(thumbnailKey, thumbnail, 'image/webp');
    const [kept] = await deps.db
      .update(attachments)
      .set({ thumbnailKey })
      .where(and(eq(attachments.id, row.id), eq(attachments.state, 'ready')))
      .returning({ id: attachments.id });
    // Deleted meanwhile: its removal job did not know of the thumbnail.
    if (!kept) await storage.remove(thumbnailKey);
  },
});
