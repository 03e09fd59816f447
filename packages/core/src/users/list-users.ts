import { users } from '@ticketing/db/schema';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { assertCan } from '../permissions.ts';
import { safeText, uuidInput } from '../text.ts';
import { type ListUsersInput, NAME_MAX_LENGTH, type User } from './schemas.ts';
import { toUser } from './to-user.ts';

// The name as stored (so not trimmed again), held to the rules a name input meets.
const cursorKey = z.tuple([safeText({ max: NAME_MAX_LENGTH }), uuidInput()]);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Users sorted by name, keyset-paginated on (name, id). */
export async function listUsers(
  deps: Deps,
  actor: Actor,
  input: ListUsersInput,
): Promise<{ items: User[]; nextCursor: string | null }> {
  assertCan(actor, 'users:list');
  const filters: (SQL | undefined)[] = [
    input.role ? eq(users.role, input.role) : undefined,
    input.departmentId ? eq(users.departmentId, input.departmentId) : undefined,
    input.active === undefined ? undefined : eq(users.active, input.active),
    input.q
      ? or(ilike(users.name, `%${escapeLike(input.q)}%`), ilike(users.email, `%${escapeLike(input.q)}%`))
      : undefined,
  ];
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor, cursorKey);
    filters.push(sql`(${users.name}, ${users.id}) > (${name}, ${id})`);
  }
  const rows = await deps.db
    .select()
    .from(users)
    .where(and(...filters))
    .orderBy(asc(users.name), asc(users.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}
