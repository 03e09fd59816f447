import { ApiError, problemOf } from '@ticketing/client/errors';
import { type ImportProgress, importTickets } from '@ticketing/client/import-tickets';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, expectJson } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

// The client's importTickets through the server's own mount: the import streams its progress.
const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
afterAll(() => server.close());
const token = await adminLogin(server);
await expectJson(
  await server.request('/api/v1/projects', { method: 'POST', token, json: { key: 'IMP', name: 'Imports' } }),
);
const options = { baseUrl: server.url, headers: { authorization: `Bearer ${token}` } };
const csv = `title,labels\n${Array.from({ length: 1500 }, (_, i) => `Imported ${i},batch`).join('\n')}\n`;

describe('importTickets (the client) on the server', () => {
  it('reports each batch as it is created, then resolves with the new keys', async () => {
    const progress: ImportProgress[] = [];
    const result = await importTickets({ key: 'IMP', csv }, { ...options, onProgress: (step) => progress.push(step) });
    expect(progress).toEqual([
      { phase: 'checked', done: 1500, total: 1500 },
      { phase: 'created', done: 1000, total: 1500 },
      { phase: 'created', done: 1500, total: 1500 },
    ]);
    expect(result.created).toHaveLength(1500);
    const page = await expectJson<{ total: number }>(
      await server.request('/api/v1/tickets?projectKeys=IMP&label=batch&includeTotal=true&limit=1', { token }),
    );
    expect(page.total).toBe(1500);
  });

  it("rejects with the API's own problem when the import is refused", async () => {
    const refused = await importTickets({ key: 'IMP', csv: 'title,status\nOne,sideways\n' }, options).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiError);
    const problem = problemOf(refused);
    expect(problem.code).toBe('E_BULK_REJECTED');
    expect(problem.details.failures).toEqual([
      { row: 1, error: 'E_VALIDATION', details: { fields: { status: [expect.any(String)] } } },
    ]);
    const anonymous = await importTickets({ key: 'IMP', csv }, { baseUrl: server.url }).catch(problemOf);
    expect(anonymous).toMatchObject({ code: 'E_UNAUTHENTICATED' });
  });
});
