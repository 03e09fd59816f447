import { sql } from 'drizzle-orm';
import { bigint, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './columns.ts';
import { projects } from './projects.ts';
import { tickets } from './tickets.ts';
import { users } from './users.ts';

// pending: a row and an upload URL, no verified object yet; ready: uploaded and checked; deleted: gone
// from the ticket, its object removed by a job after the delete committed.
export const attachmentStates = ['pending', 'ready', 'deleted'] as const;
export type AttachmentState = (typeof attachmentStates)[number];
export const attachmentState = pgEnum('attachment_state', attachmentStates);

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    uploaderId: uuid()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    // The type validated at upload; every download is served as this, whatever is asked later.
    contentType: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    sha256: text(),
    // Server-generated (project id / attachment id): nothing a user types reaches a storage path.
    objectKey: text().notNull(),
    thumbnailKey: text(),
    // A multipart upload in progress on S3 (large files): completed or aborted by the server.
    uploadId: text(),
    state: attachmentState().notNull().default('pending'),
    createdAt: createdAt(),
    completedAt: timestampTz(),
    deletedAt: timestampTz(),
  },
  (t) => [
    uniqueIndex('attachments_object_key_idx').on(t.objectKey),
    index('attachments_ticket_idx').on(t.ticketId, t.createdAt),
    // The clean-up of abandoned uploads reads only these.
    index('attachments_pending_idx').on(t.createdAt).where(sql`${t.state} = 'pending'`),
  ],
);

export type AttachmentRow = typeof attachments.$inferSelect;
