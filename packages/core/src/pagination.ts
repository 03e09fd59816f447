import { z } from 'zod';
import { DomainError } from './errors.ts';

export const limitSchema = z.coerce.number().int().min(1).max(100).default(50);

export const cursorSchema = z.string().max(512).optional().describe("Opaque cursor from a previous page's nextCursor");

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

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
