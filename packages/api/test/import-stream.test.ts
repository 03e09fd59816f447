import { createApiToken } from '@ticketing/core/auth/api-tokens';
import { makeActor, makeProject } from '@ticketing/core/testing/factories';
import { createTestDeps } from '@ticketing/core/testing/test-deps';
import { tickets } from '@ticketing/db/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { startApiServer } from './support/api-server.ts';

// POST /api/v1/projects/{key}/import with Accept: application/x-ndjson, over real HTTP on a real
// database: progress lines once the rows passed, then the result, or the error when writing failed.
const deps = await createTestDeps();
const server = await startApiServer(deps);
afterAll(async () => {
  await server.close();
  await deps.connection.close();
});

const admin = await makeActor(deps.db, { role: 'admin' });
const project = await makeProject(deps, admin.actor, { key: 'NDJ' });
const readOnly = await createApiToken(deps, admin.actor, { name: 'read only', scopes: ['read'] });

const csvOf = (rows: number, title = (i: number) => `Row ${i}`) =>
  `title,priority\n${Array.from({ length: rows }, (_, i) => `${title(i)},high`).join('\n')}\n`;

function post(body: unknown, options: { token?: string; key?: string; raw?: string } = {}) {
  return fetch(`${server.url}/api/v1/projects/${options.key ?? project.key}/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/x-ndjson',
      ...(options.token === '' ? {} : { authorization: `Bearer ${options.token ?? admin.token}` }),
    },
    body: options.raw ?? JSON.stringify(body),
  });
}

const linesOf = async (response: Response) =>
  (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const ticketsIn = async (projectId: string) =>
  (
    await deps.db.query.tickets.findMany({
      columns: { id: true },
      where: (ticket, { eq }) => eq(ticket.projectId, projectId),
    })
  ).length;

describe('the streamed import', () => {
  it('streams progress per batch of 1,000, then the result', async () => {
    const response = await post({ csv: csvOf(2500) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = await linesOf(response);
    expect(lines.slice(0, -1)).toEqual([
      { progress: { phase: 'checked', done: 2500, total: 2500 } },
      { progress: { phase: 'created', done: 1000, total: 2500 } },
      { progress: { phase: 'created', done: 2000, total: 2500 } },
      { progress: { phase: 'created', done: 2500, total: 2500 } },
    ]);
    const last = lines.at(-1) as { result: { created: string[]; rows: number } };
    expect(last.result.rows).toBe(2500);
    expect(last.result.created.slice(0, 2)).toEqual(['NDJ-1', 'NDJ-2']);
    expect(await ticketsIn(project.id)).toBe(2500);
  });

  it('answers as the REST API, unstreamed, until the rows have passed their checks', async () => {
    const dryRun = await post({ csv: csvOf(3), dryRun: true });
    expect(dryRun.headers.get('content-type')).toBe('application/json');
    expect(await dryRun.json()).toMatchObject({ dryRun: true, rows: 3, created: [] });

    const refusals: [Response, number, string][] = [
      [await post({ csv: 'title,priority\nFine,high\n,high\n' }), 422, 'E_BULK_REJECTED'],
      [await post({ csv: csvOf(1) }, { token: readOnly.token }), 403, 'E_FORBIDDEN'],
      [await post({ csv: csvOf(1) }, { token: '' }), 401, 'E_UNAUTHENTICATED'],
      [await post({ csv: csvOf(1) }, { key: 'NOPE' }), 404, 'E_NOT_FOUND'],
      [await post({}, {}), 400, 'E_VALIDATION'],
      [await post(null, { raw: '{"csv": ' }), 400, 'E_BAD_REQUEST'],
      [await post(null, { raw: '{"__proto__": {"csv": "title\\nx"}}' }), 400, 'E_BAD_REQUEST'],
    ];
    for (const [response, status, code] of refusals) {
      expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
        status,
        type: 'application/json',
      });
      expect(((await response.json()) as { error: string }).error).toBe(code);
    }
    expect(await ticketsIn(project.id)).toBe(2500);
  });

  it('ends with the error, and keeps nothing, when writing fails after it began', async () => {
    const other = await makeProject(deps, admin.actor, { key: 'NDK' });
    // A ticket numbered where the counter will hand out its 1,500th: the second batch fails on it.
    const counter = await deps.db.query.projectCounters.findFirst({
      where: (row, { eq }) => eq(row.projectId, other.id),
    });
    const taken = (counter?.nextNumber ?? 1) + 1499;
    await deps.db.insert(tickets).values({
      projectId: other.id,
      number: taken,
      key: `NDK-${taken}`,
      title: 'In the way',
      reporterId: admin.user.id,
    });
    const response = await post({ csv: csvOf(2000) }, { key: 'NDK' });
    expect(response.status).toBe(200);
    const lines = await linesOf(response);
    expect(lines.slice(0, 2)).toEqual([
      { progress: { phase: 'checked', done: 2000, total: 2000 } },
      { progress: { phase: 'created', done: 1000, total: 2000 } },
    ]);
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[2] ?? {}).sort()).toEqual(['details', 'error', 'message']);
    expect(await ticketsIn(other.id)).toBe(1);
  });
});
