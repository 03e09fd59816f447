import { z } from 'zod';
import { cursorSchema, limitSchema } from '../pagination.ts';
import { safeText, uuidInput } from '../text.ts';
import { ticketKeySchema } from '../tickets/schemas.ts';

// 100 KB, counted in UTF-8 bytes as stored.
export const commentBodySchema = safeText({
  max: 100_000,
  maxBytes: 100_000,
  tooLong: 'A comment is at most 100 KB',
  trim: true,
}).min(1, 'A comment cannot be empty');

export const commentSchema = z
  .object({
    id: z.uuid(),
    ticketKey: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    body: z.string(),
    edited: z.boolean(),
    automated: z.boolean().describe("Written by an automation rule, in its owner's name"),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Comment' });
export type Comment = z.infer<typeof commentSchema>;

export const addCommentInput = z.object({ key: ticketKeySchema, body: commentBodySchema });
export const editCommentInput = z.object({ key: ticketKeySchema, commentId: uuidInput(), body: commentBodySchema });
export const deleteCommentInput = z.object({ key: ticketKeySchema, commentId: uuidInput() });
export const listCommentsInput = z.object({ key: ticketKeySchema, limit: limitSchema, cursor: cursorSchema });
export const commentPageSchema = z.object({ items: z.array(commentSchema), nextCursor: z.string().nullable() });
