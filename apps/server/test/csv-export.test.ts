import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, expectError, expectJson } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
afterAll(() => server.close());
const token = await adminLogin(server);

await expectJson(
  await server.request('/api/v1/projects', { method: 'POST', token, json: { key: 'CSV', name: 'CSV' } }),
);
const titles = ['=HYPERLINK("http://evil")', 'Comma, "quote" and\nnewline', 'Plain printer', '@SUM(A1)', 'Ünïcödé 🚀'];
for (const title of titles) {
  await expectJson(
    await server.request('/api/v1/tickets', {
      method: 'POST',
      token,
      json: { projectKey: 'CSV', title, labels: ['csv'] },
    }),
  );
}
// Enough for three batches of the export.
const bulk = Array.from({ length: 1200 }, (_, i) => `Bulk ${i}`);
for (let i = 0; i < bulk.length; i += 50) {
  await Promise.all(
    bulk
      .slice(i, i + 50)
      .map(async (title) =>
        expectJson(
          await server.request('/api/v1/tickets', { method: 'POST', token, json: { projectKey: 'CSV', title } }),
        ),
      ),
  );
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  return records;
}

describe('GET /api/v1/tickets/export.csv', () => {
  it('streams every matching ticket as RFC 4180 UTF-8 with a BOM, formulas defused', async () => {
    const response = await server.request('/api/v1/tickets/export.csv?query=label:csv', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tickets.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header?.slice(0, 5)).toEqual(['key', 'project', 'title', 'status', 'priority']);
    expect(rows.map((row) => row[2])).toEqual([
      `'=HYPERLINK("http://evil")`,
      'Comma, "quote" and\nnewline',
      'Plain printer',
      "'@SUM(A1)",
      'Ünïcödé 🚀',
    ]);
  });

  it('exports as many rows as the list counts, across batches', async () => {
    const text = await (await server.request('/api/v1/tickets/export.csv?query=project:CSV', { token })).text();
    // fetch's text() drops the byte order mark.
    const rows = parseCsv(text).slice(1);
    const list = await expectJson<{ total: number }>(
      await server.request('/api/v1/tickets?projectKeys=CSV&includeTotal=true&limit=1', { token }),
    );
    expect(rows.length).toBe(list.total);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
  });

  it('takes the list’s structured filters too, ANDed with the query', async () => {
    const text = await (
      await server.request('/api/v1/tickets/export.csv?projectKeys=CSV&label=csv&query=printer', { token })
    ).text();
    expect(
      parseCsv(text)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['Plain printer']);
  });

  it('answers a bad query and a missing sign-in as JSON errors, before any CSV', async () => {
    const bad = await expectError(
      await server.request('/api/v1/tickets/export.csv?query=colour:red', { token }),
      400,
      'E_VALIDATION',
    );
    expect(bad.details).toMatchObject({ position: 0, token: 'colour:red' });
    await expectError(await server.request('/api/v1/tickets/export.csv'), 401, 'E_UNAUTHENTICATED');
  });
});

describe('reports as CSV', () => {
  it('gives the same numbers as the JSON report', async () => {
    const json = await expectJson<{ rows: { value: string; total: number }[] }>(
      await server.request('/api/v1/reports/breakdown?by=status&query=project:CSV', { token }),
    );
    const response = await server.request('/api/v1/reports/breakdown?by=status&query=project:CSV&format=csv', {
      token,
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(['status', 'label', 'open', 'closed', 'total']);
    expect(rows.map((row) => [row[0], Number(row[4])])).toEqual(json.rows.map((row) => [row.value, row.total]));
    await expectError(
      await server.request('/api/v1/reports/breakdown?by=colour&format=csv', { token }),
      400,
      'E_VALIDATION',
    );
    await expectError(await server.request('/api/v1/reports/dashboard?format=csv'), 401, 'E_UNAUTHENTICATED');
  });
});
