import { projectCounters, projects, tickets } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActor, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { listTickets } from '../src/tickets/list-tickets.ts';
import { listTicketsInput } from '../src/tickets/schemas.ts';

/**
 * The list and search queries must have an index path: with the planner's sequential scans disabled,
 * no plan may still scan the tickets table sequentially (a seq scan then means no usable index).
 * The statements checked are the ones listTickets sends, captured as it runs.
 */
let statements: { sql: string; params: unknown[] }[] = [];
const deps = await createTestDeps({}, { onQuery: (text, params) => statements.push({ sql: text, params }) });
afterAll(() => deps.connection.close());

const { actor } = await makeActor(deps.db, { role: 'admin' });
const project = await makeProject(deps, actor, { key: 'PLAN' });
const words = ['printer', 'login', 'invoice', 'crash', 'export'];

beforeAll(async () => {
  // Enough rows that an index beats reading a whole partial index (the planner prefers that on tiny tables).
  const rows = Array.from({ length: 12_000 }, (_, index) => ({
    projectId: project.id,
    number: index + 1,
    key: `PLAN-${index + 1}`,
    // One ticket in five hundred mentions the rare word the search test looks for.
    title: `${index % 500 === 0 ? 'zeppelin' : words[index % words.length]} ticket ${index}`,
    description: `about ${words[(index * 7) % words.length]}`,
    status: (['open', 'in_progress', 'blocked', 'closed'] as const)[index % 4],
    reporterId: actor.userId,
  }));
  for (let start = 0; start < rows.length; start += 1000)
    await deps.db.insert(tickets).values(rows.slice(start, start + 1000));
  await deps.db.update(projectCounters).set({ nextNumber: 12_001 }).where(eq(projectCounters.projectId, project.id));
  // Vacuum moves the GIN index's pending entries into the index proper, as autovacuum would.
  await deps.db.execute(sql`vacuum analyze tickets`);
  expect((await deps.db.select().from(projects)).length).toBeGreaterThan(0);
});

const literal = (value: unknown): string =>
  value === null || value === undefined
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${String(value instanceof Date ? value.toISOString() : value).replace(/'/g, "''")}'`;

/** The plan of the page query listTickets sends for `input`, with sequential scans disabled. */
async function planOf(input: Record<string, unknown>): Promise<string> {
  statements = [];
  await listTickets(deps, actor, listTicketsInput.parse(input));
  // The page query is the last with a limit (a search first probes how common its term is).
  const page = statements.findLast((statement) => /from "tickets"/.test(statement.sql) && /limit/.test(statement.sql));
  if (!page) throw new Error('no page query captured');
  const text = page.sql.replace(/\$(\d+)/g, (_, index: string) => literal(page.params[Number(index) - 1]));
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result: unknown = await tx.execute(sql.raw(`explain (format json) ${text}`));
    // postgres.js returns the rows as an array, PGlite as `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
    return JSON.stringify(rows[0]);
  });
}

const seqScansOfTickets = (plan: string) =>
  (plan.match(/"Node Type":"Seq Scan","Parallel Aware":\w+,"Async Capable":\w+,"Relation Name":"tickets"/g) ?? [])
    .length;

describe('query plans', () => {
  it('lists open tickets of a project by updated through an index', async () => {
    const plan = await planOf({ projectKeys: ['PLAN'], status: 'open', sort: 'updated' });
    expect(plan).toMatch(/"Index Name":"tickets_(project_)?(status_)?updated_idx"/);
    expect(seqScansOfTickets(plan)).toBe(0);
  });

  it('searches a rare term through the full-text index', async () => {
    const plan = await planOf({ q: 'zeppelin' });
    expect(plan).toContain('tickets_search_idx');
    expect(seqScansOfTickets(plan)).toBe(0);
  });

  it('sorts by priority and by key within a project through an index', async () => {
    for (const sort of ['priority', 'key', 'created', 'due']) {
      const plan = await planOf({ projectKeys: ['PLAN'], sort });
      expect(seqScansOfTickets(plan), sort).toBe(0);
      expect(plan, sort).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
    }
  });
});

describe('ranking a common term', () => {
  it('ranks only matches among the most recently updated tickets, through the updated index', async () => {
    const plan = await planOf({ q: 'printer' });
    expect(plan).toMatch(/"Index Name":"tickets_updated_idx"/);
    expect(seqScansOfTickets(plan)).toBe(0);
  });
});
