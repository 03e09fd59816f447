import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate.ts';
import { users } from '../src/schema/users.ts';
import { createTestDatabase } from '../src/testing/database.ts';

const connection = await createTestDatabase();
afterAll(() => connection.close());

/** PostgreSQL's SQLSTATE: Drizzle wraps driver errors, and postgres.js and PGlite both put it in `code`. */
function sqlStateOf(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

describe('migrations', () => {
  it('start every test file from a migrated database', async () => {
    const result: unknown = await connection.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    // postgres.js returns the rows as an array, PGlite as `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { table_name: string }[];
    const names = rows.map((r) => r.table_name);
    expect(names).toEqual([
      'activity_counts',
      'activity_deltas',
      'api_tokens',
      'attachments',
      'comments',
      'departments',
      'event_consumers',
      'events',
      'jobs',
      'login_throttle',
      'notifications',
      'open_due_counts',
      'open_due_deltas',
      'project_counters',
      'project_members',
      'projects',
      'rate_limits',
      'saved_views',
      'sessions',
      'sla_policies',
      'ticket_assignees',
      'ticket_count_deltas',
      'ticket_counts',
      'ticket_flow_counts',
      'ticket_flow_deltas',
      'ticket_history',
      'ticket_labels',
      'ticket_watchers',
      'tickets',
      'users',
      'webhook_deliveries',
      'webhooks',
      'workflow_runs',
      'workflow_versions',
      'workflows',
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
    const error = await connection.db
      .insert(users)
      .values({ email: 'A@Example.com', name: 'B', passwordHash: 'x' })
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    // A unique violation, not just any failure (a typo in the statement would also reject).
    expect(sqlStateOf(error)).toBe('23505');
    expect(await connection.db.$count(users)).toBe(1);
  });
});
