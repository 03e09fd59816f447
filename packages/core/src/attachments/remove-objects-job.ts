import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { attachmentConfigOf } from './attachment-access.ts';

/** Removes stored objects; enqueued in the transaction that deleted their attachment, so never before it commits. */
export const removeObjectsJob = defineJob({
  queue: 'attachments.remove',
  payload: z.object({ keys: z.array(z.string().max(200)).max(10) }),
  maxAttempts: 10,
  timeoutMs: 60_000,
  handle: async ({ keys }, { deps }) => {
    const { storage } = attachmentConfigOf(deps);
    for (const key of keys) await storage.remove(key);
  },
});
