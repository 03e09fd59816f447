import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, expectError, expectJson, expectNoInternals, expectTrpcError } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

// One regression test per class of hostile input that once answered 500 E_INTERNAL: each must be
// refused as a 4xx in the standard error shape, naming the field where it is about one.

const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
afterAll(() => server.close());

interface TicketJson {
  key: string;
  version: number;
}

let admin: string;
let ticket: TicketJson;

const rest = (path: string, init: RequestInit & { json?: unknown } = {}) =>
  server.request(`/api/v1${path}`, { token: admin, ...init });

/** POSTs/PATCHes a body exactly as given (JSON.stringify would re-escape what the test means to send). */
const sendRaw = (path: string, method: string, body: string) =>
  rest(path, { method, body, headers: { 'content-type': 'application/json' } });

const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Asserts a 400 E_VALIDATION naming exactly `field`, with `message` among that field's messages. */
async function expectFieldError(response: Response, field: string, message?: RegExp) {
  const body = await expectError(response, 400, 'E_VALIDATION');
  const fields = body.details.fields as Record<string, string[]>;
  expect(Object.keys(fields)).toEqual([field]);
  if (message) expect(fields[field]?.join(' ')).toMatch(message);
  return body;
}

beforeAll(async () => {
  admin = await adminLogin(server);
  await expectJson(await rest('/projects', { method: 'POST', json: { key: 'HOS', name: 'Hostile' } }));
  ticket = await expectJson<TicketJson>(
    await rest('/tickets', { method: 'POST', json: { projectKey: 'HOS', title: 'Target' } }),
  );
});

describe('a NUL character', () => {
  it.each([
    ['a ticket title', '/tickets', 'POST', { projectKey: 'HOS', title: 'a\u0000b' }, 'title'],
    [
      'a ticket description',
      '/tickets',
      'POST',
      { projectKey: 'HOS', title: 't', description: '\u0000' },
      'description',
    ],
    ['a label', '/tickets', 'POST', { projectKey: 'HOS', title: 't', labels: ['x\u0000'] }, 'labels.0'],
    ['a project name', '/projects', 'POST', { key: 'NUL', name: 'n\u0000' }, 'name'],
    ['a department name', '/departments', 'POST', { name: '\u0000dept' }, 'name'],
  ])('in %s is a validation error on that field', async (_, path, method, body, field) => {
    await expectFieldError(await rest(path, { method, json: body }), field, /NUL/);
  });

  it('in a comment is a validation error on the body', async () => {
    const response = await rest(`/tickets/${ticket.key}/comments`, { method: 'POST', json: { body: 'hi\u0000' } });
    await expectFieldError(response, 'body', /NUL/);
  });

  it.each([
    ['/tickets?q=a%00b', 'q'],
    // A list: the failing item is named by its index.
    ['/tickets?label=%00', 'label.0'],
    ['/tickets?query=a%00b', 'query'],
    ['/users?q=%00', 'q'],
  ])('in the query parameter of %s is a validation error on it', async (path, field) => {
    await expectFieldError(await rest(path), field, /NUL/);
  });

  it('in a tRPC mutation is E_VALIDATION in the tRPC error data', async () => {
    const error = await expectTrpcError(
      server.client(admin).tickets.create.mutate({ projectKey: 'HOS', title: 'bad\u0000title' }),
      'E_VALIDATION',
    );
    expect(Object.keys(error.details.fields as object)).toEqual(['title']);
    expect(error.httpStatus).toBe(400);
  });
});

describe('a lone surrogate', () => {
  it('in a ticket update is refused before it reaches the history (jsonb)', async () => {
    const body = `{"version":${ticket.version},"title":"half \\ud800 a pair"}`;
    await expectFieldError(await sendRaw(`/tickets/${ticket.key}`, 'PATCH', body), 'title', /surrogate/);
    // Nothing changed: the same version still updates.
    const updated = await expectJson<TicketJson>(
      await rest(`/tickets/${ticket.key}`, { method: 'PATCH', json: { version: ticket.version, title: 'Target 😀' } }),
    );
    ticket = updated;
    expect(updated.version).toBeGreaterThan(1);
  });
});

describe('an integer beyond int4', () => {
  it.each([
    ['as a number', 2_147_483_648],
    ['as a numeric string', '2147483648'],
  ])('for version %s is a validation error on version', async (_, version) => {
    const response = await rest(`/tickets/${ticket.key}`, { method: 'PATCH', json: { version, title: 'x' } });
    await expectFieldError(response, 'version', /2147483647/);
  });

  it('is what the OpenAPI document publishes as the maximum', async () => {
    const document = await expectJson<{
      paths: Record<string, { patch?: { requestBody: { content: Record<string, { schema: unknown }> } } }>;
    }>(await server.request('/api/v1/openapi.json'));
    const schema = document.paths['/tickets/{key}']?.patch?.requestBody.content['application/json']?.schema;
    expect(schema).toMatchObject({ properties: { version: { minimum: 1, maximum: 2_147_483_647 } } });
  });
});

describe('JSON nested 5,000 deep', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

  it('is refused in a REST body as E_BAD_REQUEST before it is parsed', async () => {
    const body = await expectError(
      await sendRaw('/tickets', 'POST', `{"projectKey":"HOS","title":${deep}}`),
      400,
      'E_BAD_REQUEST',
    );
    expect(body.message).toMatch(/64 levels/);
  });

  it('is refused in a tRPC mutation body and in a tRPC query input, in tRPC error shape', async () => {
    const mutation = await server.request('/trpc/tickets.create', {
      method: 'POST',
      token: admin,
      headers: { 'content-type': 'application/json' },
      body: `{"json":{"projectKey":"HOS","title":${deep}}}`,
    });
    // The brackets stay unencoded in the query string (as URL leaves them), keeping the URL under Node's limit.
    const query = await server.request(`/trpc/tickets.list?input={"json":{"q":${deep}}}`, { token: admin });
    for (const response of [mutation, query]) {
      const text = await response.text();
      expect(response.status, text).toBe(400);
      expectNoInternals(text);
      const payload = JSON.parse(text) as { error: { json: { message: string; data: { error: string } } } };
      expect(payload.error.json.data.error).toBe('E_BAD_REQUEST');
      expect(payload.error.json.message).toMatch(/64 levels/);
    }
  });
});

describe('query parameters named after Object.prototype members', () => {
  it.each(['toString', 'valueOf', 'constructor', 'hasOwnProperty', '__proto__'])(
    'refuses ?%s=1 naming the parameter',
    async (name) => {
      await expectFieldError(await rest(`/projects?${name}=1`), name, /Not a parameter/);
    },
  );

  it('refuses a "__proto__" key in a JSON body instead of letting it set the input’s prototype', async () => {
    const response = await sendRaw('/tickets', 'POST', '{"projectKey":"HOS","__proto__":{"title":"inherited"}}');
    const body = await expectError(response, 400, 'E_BAD_REQUEST');
    expect(body.message).toMatch(/__proto__/);
  });
});

describe('dates outside PostgreSQL’s range', () => {
  it.each([
    ['createdFrom', '+275760-09-13T00:00:00.000Z'],
    ['updatedTo', '0000-01-01'],
    ['dueFrom', '0000-01-01'],
  ])('in the %s filter (%s) are a validation error on it', async (field, value) => {
    await expectFieldError(await rest(`/tickets?${field}=${encodeURIComponent(value)}`), field, /1900 and 9999/);
  });

  it('in a due date are a validation error on dueDate', async () => {
    const response = await rest('/tickets', {
      method: 'POST',
      json: { projectKey: 'HOS', title: 't', dueDate: '0000-01-01' },
    });
    await expectFieldError(response, 'dueDate', /1900 and 9999/);
  });
});

describe('crafted cursors', () => {
  const id = '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

  it.each([
    ['a users cursor with a NUL in the name', '/users', ['a\u0000', id]],
    ['a users cursor with a lone surrogate', '/users', ['\ud800', id]],
    ['a tickets cursor with year 0000', '/tickets?sort=created', ['created', 'desc', '0000-01-01T00:00:00.000Z', id]],
    ['a tickets cursor with a due date in year 0000', '/tickets?sort=due', ['due', 'asc', '0000-01-01', id]],
    ['a tickets cursor with a number past int4', '/tickets?sort=key', ['key', 'asc', 'HOS', 2_147_483_648, id]],
    ['a tickets cursor with a rank past float4', '/tickets?q=target', ['relevance', 'desc', 1e300, id]],
  ])('refuses %s as E_VALIDATION on cursor', async (_, path, key) => {
    const separator = path.includes('?') ? '&' : '?';
    await expectFieldError(await rest(`${path}${separator}cursor=${cursorOf(key)}`), 'cursor');
  });

  it('refuses a comments cursor with year 0000 as E_VALIDATION on cursor', async () => {
    const cursor = cursorOf(['0000-01-01T00:00:00.000Z', id]);
    await expectFieldError(await rest(`/tickets/${ticket.key}/comments?cursor=${cursor}`), 'cursor');
  });
});

/** Sends raw bytes on a fresh connection and returns everything the server answers before closing. */
function rawExchange(bytes: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.once('close', () => resolve(answer));
    socket.once('error', reject);
  });
}

/** The status line and JSON body of a raw HTTP answer. */
function parseRaw(answer: string): { status: number; body: Record<string, unknown> } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expectNoInternals(answer);
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) as Record<string, unknown> };
}

describe('requests the HTTP layer refuses before any route', () => {
  it('an absolute-form target (meant for proxies) is 400 E_BAD_REQUEST, not an "Invalid URL" 500', async () => {
    const answer = await rawExchange(
      `GET http://evil.example/api/v1/auth/me HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${admin}\r\n\r\n`,
    );
    const { status, body } = parseRaw(answer);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'E_BAD_REQUEST', details: {} });
  });

  it('a protocol-relative target (//host/path) is 400 E_BAD_REQUEST', async () => {
    const { status, body } = parseRaw(
      await rawExchange('GET //evil.example/api/v1/auth/me HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    expect(status).toBe(400);
    expect(body.error).toBe('E_BAD_REQUEST');
  });

  it('a target with a backslash that URL parsing reads as another host (/\\host/path) is 400 E_BAD_REQUEST', async () => {
    const { status, body } = parseRaw(await rawExchange('GET /\\evil.example/healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(status).toBe(400);
    expect(body.error).toBe('E_BAD_REQUEST');
  });

  it('a URL past the 16 KB header limit is 400 E_BAD_REQUEST in the standard shape', async () => {
    const { status, body } = parseRaw(
      await rawExchange(`GET /api/v1/projects?${'a'.repeat(20_000)}=1 HTTP/1.1\r\nHost: x\r\n\r\n`),
    );
    expect(status).toBe(400);
    expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
    expect(body.error).toBe('E_BAD_REQUEST');
  });

  it('bytes that are not HTTP are 400 E_BAD_REQUEST in the standard shape', async () => {
    const { status, body } = parseRaw(await rawExchange('HELLO THERE\r\n\r\n'));
    expect(status).toBe(400);
    expect(body.error).toBe('E_BAD_REQUEST');
  });

  it('a superjson payload tRPC cannot read is E_BAD_REQUEST without JavaScript’s own words', async () => {
    const response = await server.request('/trpc/auth.login', {
      method: 'POST',
      json: { json: { email: 'a@b.example', password: 'x' }, meta: { values: { '': ['class', 'X'] } } },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toContain('Maximum call stack');
    const error = (JSON.parse(text) as { error: { json: { message: string; data: { error: string } } } }).error.json;
    expect(error).toMatchObject({ message: 'The request could not be read', data: { error: 'E_BAD_REQUEST' } });
  });
});

describe('after all of that', () => {
  it('the server is ready and answers a normal request', async () => {
    expect((await server.request('/readyz')).status).toBe(200);
    const page = await expectJson<{ items: TicketJson[] }>(await rest('/tickets?projectKeys=HOS'));
    expect(page.items.map((item) => item.key)).toEqual([ticket.key]);
  });
});
