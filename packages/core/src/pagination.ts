import { z } from 'zod';
import { DomainError } from './errors.ts';
import { safeText } from './text.ts';

export const limitSchema = z.coerce.number().int().min(1).max(100).default(50);

/** Cursors are ours, so a longer one is not one; the bound also caps what a decoded cursor can hold. */
const CURSOR_MAX_LENGTH = 512;

export const cursorSchema = safeText({ max: CURSOR_MAX_LENGTH, tooLong: 'Invalid cursor' })
  .optional()
  .describe("Opaque cursor from a previous page's nextCursor");

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * A cursor comes back from the client, so it is input like any other: `schema` must hold its values to
 * the rules of the inputs they stand for (safe text, dates in range, int4), or a crafted cursor reaches
 * the database.
 */
export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError('E_VALIDATION', 'Invalid cursor', { fields: { cursor: ['Invalid cursor'] } });
  }
}

/** Fetch one row more than the page to learn whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
