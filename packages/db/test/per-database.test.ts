import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { on, perDatabase, preparedQuery } from '../src/per-database.ts';
import { users } from '../src/schema/users.ts';
import { createTestDatabase } from '../src/testing/database.ts';

const connection = await createTestDatabase();
afterAll(() => connection.close());
const { db } = connection;

let builds = 0;
const nameByEmail = perDatabase((executor) => {
  builds += 1;
  return executor
    .select({ name: users.name })
    .from(users)
    .where(eq(users.email, sql.placeholder('email')))
    .prepare('test_name_by_email');
});

class RolledBack extends Error {}

describe('a query built once per database', () => {
  it('is built once for the database and all its transactions, and runs inside the transaction it is given', async () => {
    const email = 'inside@example.com';
    const seen = await db
      .transaction(async (tx) => {
        await tx.insert(users).values({ email, name: 'Only in here', passwordHash: 'x' });
        const inside = await on(nameByEmail(tx), tx).execute({ email });
        throw new RolledBack(JSON.stringify(inside));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return JSON.parse(error.message) as unknown;
        throw error;
      });
    // The transaction's own uncommitted row: the statement went through its connection.
    expect(seen).toEqual([{ name: 'Only in here' }]);
    // Rolled back: through the pool, the same statement finds nothing.
    expect(await on(nameByEmail(db), db).execute({ email })).toEqual([]);
    expect(builds).toBe(1);
  });

  it('binds each call’s values', async () => {
    await db.insert(users).values([
      { email: 'a@example.com', name: 'A', passwordHash: 'x' },
      { email: 'b@example.com', name: 'B', passwordHash: 'x' },
    ]);
    expect(await on(nameByEmail(db), db).execute({ email: 'b@example.com' })).toEqual([{ name: 'B' }]);
    expect(await on(nameByEmail(db), db).execute({ email: 'a@example.com' })).toEqual([{ name: 'A' }]);
  });

  it('as a prepared query, comes bound to the executor it is asked for', async () => {
    const idByEmail = preparedQuery((executor) =>
      executor
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, sql.placeholder('email')))
        .prepare('test_id_by_email'),
    );
    const email = 'bound@example.com';
    const inside = await db
      .transaction(async (tx) => {
        await tx.insert(users).values({ email, name: 'Bound', passwordHash: 'x' });
        throw new RolledBack(JSON.stringify(await idByEmail(tx).execute({ email })));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return JSON.parse(error.message) as unknown[];
        throw error;
      });
    // Through the transaction it sees its own uncommitted row; through the pool, after the rollback, none.
    expect(inside).toHaveLength(1);
    expect(await idByEmail(db).execute({ email })).toEqual([]);
  });
});
