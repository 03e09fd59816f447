import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Executor } from '@ticketing/db/client';
import { attachments } from '@ticketing/db/schema';
import { LocalStorage } from '../attachments/storage/local-storage.ts';
import type { ObjectStorage } from '../attachments/storage/object-storage.ts';
import type { AttachmentConfig } from '../deps.ts';

/** Attachments on the local driver in a fresh temporary directory, with the production limits. */
export async function testAttachmentConfig(storage?: ObjectStorage): Promise<AttachmentConfig> {
  const local = new LocalStorage({
    root: await mkdtemp(join(tmpdir(), 'ticketing-files-')),
    signingKey: randomBytes(32),
    baseUrl: '',
  });
  return { storage: storage ?? local, maxBytes: 100 * 1024 ** 2, uploadUrlSeconds: 900, downloadUrlSeconds: 300 };
}

/** An attachment as if uploaded (its object stored), pending or completed; returns its id. */
export async function storedAttachment(
  db: Executor,
  config: AttachmentConfig,
  at: { ticketId: string; projectId: string; uploaderId: string },
  state: 'pending' | 'ready' = 'ready',
): Promise<string> {
  const body = Buffer.from('bytes of a stored file');
  const [row] = await db
    .insert(attachments)
    .values({
      ...at,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      size: body.length,
      objectKey: `${at.projectId}/${crypto.randomUUID()}`,
      state,
      completedAt: state === 'ready' ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('attachment insert returned no row');
  await config.storage.write(row.objectKey, body, row.contentType);
  return row.id;
}
