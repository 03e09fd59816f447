import { z } from 'zod';
import { safeText, uuidInput } from '../text.ts';
import { ticketKeySchema } from '../tickets/schemas.ts';
import { CONTENT_TYPE_PATTERN } from './file-policy.ts';

/** No file is larger than this whatever ATTACHMENT_MAX_BYTES says (S3's single PUT limit). */
export const ABSOLUTE_MAX_BYTES = 5 * 1024 ** 3;

const fileNameSchema = safeText({ max: 255, trim: true, maxBytes: 1024 })
  .min(1, 'A file name is required')
  .refine((name) => !/[/\\]/.test(name), 'A file name, not a path (no / or \\)')
  .refine((name) => !/\p{Cc}/u.test(name), 'A file name has no control characters')
  .refine((name) => name !== '.' && name !== '..', 'Not a file name');

export const createUploadInput = z.object({
  key: ticketKeySchema,
  fileName: fileNameSchema,
  contentType: z
    .string()
    .trim()
    .toLowerCase()
    .max(255)
    .regex(CONTENT_TYPE_PATTERN, 'A media type such as image/png or application/pdf, without parameters'),
  size: z.number().int().min(1, 'An empty file cannot be attached').max(ABSOLUTE_MAX_BYTES),
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .max(64)
    .regex(/^[0-9a-f]{64}$/, 'The SHA-256 of the file, 64 hex digits')
    .optional()
    .describe('When given, completing the upload checks the stored bytes against it'),
});
export type CreateUploadInput = z.infer<typeof createUploadInput>;

export const attachmentIdInput = z.object({ id: uuidInput() });

export const completeUploadInput = z.object({
  id: uuidInput(),
  parts: z
    .array(
      z.object({
        partNumber: z.number().int().min(1).max(10_000),
        etag: z.string().min(1).max(200).describe('The ETag header the storage answered that part with'),
      }),
    )
    .max(10_000)
    .optional()
    .describe('For an upload in parts: every part with its ETag'),
});
export type CompleteUploadInput = z.infer<typeof completeUploadInput>;

export const uploadTargetSchema = z
  .object({
    attachmentId: z.uuid(),
    uploadUrl: z
      .string()
      .nullable()
      .describe('Absolute for S3; relative to this server for the local storage; null when the file goes in parts'),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()).describe('Send these exactly, and a Content-Length of the declared size'),
    parts: z
      .array(
        z.object({
          partNumber: z.number().int(),
          url: z.string(),
          offset: z.number().int().describe('Where the slice starts in the file'),
          size: z.number().int().describe('Its bytes (the Content-Length, signed into the URL)'),
        }),
      )
      .describe('Large files on S3: PUT each slice to its URL, then complete with every part’s ETag; empty otherwise'),
    expiresAt: z.date(),
  })
  .meta({ id: 'AttachmentUpload' });
export type UploadTargetOutput = z.infer<typeof uploadTargetSchema>;

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    ticketKey: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().nullable(),
    state: z.enum(['pending', 'ready']),
    uploader: z.object({ id: z.uuid(), name: z.string() }),
    /** Shown in the browser (inert images) or downloaded as a file. */
    inline: z.boolean(),
    /** A fresh, short-lived URL; null until the upload is complete. */
    downloadUrl: z.string().nullable(),
    thumbnailUrl: z.string().nullable(),
    createdAt: z.date(),
    completedAt: z.date().nullable(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof attachmentSchema>;
