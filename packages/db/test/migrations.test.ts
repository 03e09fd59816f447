import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate.ts';
import { users } from '../src/schema/users.ts';
import { createTestDatabase } from '../src/testing/database.ts';

const connection = await createTestDatabase();
afterAll(() => connection.close());

describe('migrations', () => {
  it('start every test file from a migrated database', async () => {
    const result: unknown = await connection.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    // postgres.js returns the rows as an array, PGlite as `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { table_name: string }[];
    const names = rows.map((r) => r.table_name);
    expect(names).toEqual([
      'api_tokens',
      'comments',
      'departments',
      'login_failures',
      'project_counters',
      'project_members',
      'projects',
      'rate_limits',
      'sessions',
      'ticket_assignees',
      'ticket_history',
      'ticket_labels',
      'ticket_watchers',
      'tickets',
      'users',
    ]);
  });

  it('are a no-op when re-run', async () => {
    await connection.db.insert(users).values({ email: 'a@example.com', name: 'A', passwordHash: 'x' });
    await migrate(connection);
    await migrate(connection);
    const count = await connection.db.$count(users);
    expect(count).toBe(1);
  });

  it('keep emails unique case-insensitively', async () => {
    await expect(
      connection.db.insert(users).values({ email: 'A@Example.com', name: 'B', passwordHash: 'x' }),
    ).rejects.toThrow();
  });
});
