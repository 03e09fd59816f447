import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { attachmentConfigOf } from './attachment-access.ts';

/** Removes stored objects; enqueued in the transaction that deleted their attachment, so never before it commits. */
export const removeObjectsJob = defineJob({
  queue: 'attachments.remove',
  payload: z.object({
    keys: z.array(z.string().max(200)).max(10),
    // An unfinished upload in parts: its parts are dropped too.
    parts: z.object({ key: z.string().max(200), uploadId: z.string().max(1024) }).optional(),
  }),
  maxAttempts: 10,
  timeoutMs: 60_000,
  handle: async ({ keys, parts }, { deps }) => {
    const { storage } = attachmentConfigOf(deps);
    if (parts) await storage.abortParts?.(parts.key, parts.uploadId);
    for (const key of keys) await storage.remove(key);
  },
});
