import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, expectError, expectNoInternals } from './support/http.ts';
import { ADMIN_EMAIL, startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

const adminToken = await adminLogin(server);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MB = 1024 * 1024;

/** A JSON login body of about `bytes` bytes. */
const loginBodyOf = (bytes: number) => JSON.stringify({ email: ADMIN_EMAIL, password: 'x'.repeat(bytes) });

const postRaw = (path: string, body: string, contentType = 'application/json') =>
  server.request(path, { method: 'POST', body, headers: { 'content-type': contentType } });

/** Sends `body` chunked (no Content-Length) with node:http; resolves with status, headers and body. */
function postChunked(path: string, chunks: Buffer[]) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }),
        );
        res.on('error', reject);
      });
      // The server may close the connection while the rest of the body is still being sent.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      for (const chunk of chunks) req.write(chunk);
      req.end();
    },
  );
}

describe('body size limit (1 MB)', () => {
  it('answers a 2 MB JSON body to POST /api/v1/auth/login with 413 E_PAYLOAD_TOO_LARGE', async () => {
    const response = await postRaw('/api/v1/auth/login', loginBodyOf(2 * MB));
    expect(response.headers.get('connection')).toBe('close');
    const body = await expectError(response, 413, 'E_PAYLOAD_TOO_LARGE');
    expect(body.details).toEqual({});
  });

  it('answers a 2 MB body to /trpc/auth.login with the same 413', async () => {
    const response = await postRaw('/trpc/auth.login', JSON.stringify({ json: JSON.parse(loginBodyOf(2 * MB)) }));
    await expectError(response, 413, 'E_PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized chunked body (no Content-Length) while reading it', async () => {
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const result = await postChunked(
      '/api/v1/auth/login',
      Array.from({ length: 8 }, () => chunk),
    );
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: 'E_PAYLOAD_TOO_LARGE', details: {} });
    expect(result.headers['x-request-id']).toMatch(UUID);
  });

  it('lets a body just under the limit through to validation (400, not 413)', async () => {
    const body = await expectError(await postRaw('/api/v1/auth/login', loginBodyOf(MB - 1024)), 400, 'E_VALIDATION');
    expect(Object.keys(body.details.fields as object)).toEqual(['password']);
  });
});

describe('malformed requests', () => {
  it('answers invalid JSON with 400 E_BAD_REQUEST', async () => {
    await expectError(await postRaw('/api/v1/auth/login', '{"email": '), 400, 'E_BAD_REQUEST');
  });

  it('answers JSON that is not an object with 400 E_VALIDATION', async () => {
    for (const json of ['[]', '"text"', '42', 'null']) {
      const body = await expectError(await postRaw('/api/v1/auth/login', json), 400, 'E_VALIDATION');
      expect(Object.keys(body.details.fields as object).sort(), json).toEqual(['email', 'password']);
    }
  });

  it('answers a non-JSON content type with 415 E_UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await postRaw('/api/v1/auth/login', 'email=a&password=b', 'application/x-www-form-urlencoded');
    await expectError(response, 415, 'E_UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers invalid JSON over tRPC with 400 and E_BAD_REQUEST in the tRPC error data', async () => {
    const response = await postRaw('/trpc/auth.login', '{"json": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expectNoInternals(text);
    const body = JSON.parse(text) as { error: { json: { data: { error: string } } } };
    expect(body.error.json.data.error).toBe('E_BAD_REQUEST');
  });
});

describe('unknown routes', () => {
  it('answers an unknown REST route with 404 in the standard shape', async () => {
    await expectError(await server.request('/api/v1/nope', { token: adminToken }), 404, 'E_NOT_FOUND');
    await expectError(await server.request('/api/v1/nope'), 404, 'E_NOT_FOUND');
  });

  it('answers a known path with a method it does not serve with a 4xx in the standard shape', async () => {
    const response = await server.request('/api/v1/auth/login', { method: 'DELETE', token: adminToken });
    expect([404, 405]).toContain(response.status);
    await expectError(response, response.status, response.status === 404 ? 'E_NOT_FOUND' : 'E_METHOD_NOT_ALLOWED');
  });

  it('answers a path outside /api and /trpc with 404 in the standard shape', async () => {
    const body = await expectError(await server.request('/nope'), 404, 'E_NOT_FOUND');
    expect(body.message).toContain('/nope');
    await expectError(await server.request('/api/v1x/users'), 404, 'E_NOT_FOUND');
    await expectError(await server.request('/', { method: 'POST', json: {} }), 404, 'E_NOT_FOUND');
  });
});

describe('no internals in error bodies', () => {
  it('shows no stack frames, source paths or node_modules in any error', async () => {
    const responses = [
      await server.request('/api/v1/users/not-a-uuid', { token: adminToken }),
      await server.request('/api/v1/users/3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c', { token: adminToken }),
      await server.request('/api/v1/auth/me'),
      await server.request('/api/v1/auth/me', { token: 'garbage' }),
      await postRaw('/api/v1/auth/login', '{'),
      await postRaw(
        '/api/v1/auth/register',
        JSON.stringify({ email: ADMIN_EMAIL, name: 'Dup', password: 'long-enough' }),
      ),
      await server.request('/trpc/users.get?input=%7B', { token: adminToken }),
      await server.request('/trpc/auth.me'),
      await server.request('/api/v1/users?cursor=%%%', { token: adminToken }),
    ];
    const statuses: number[] = [];
    for (const response of responses) {
      statuses.push(response.status);
      expectNoInternals(await response.text());
    }
    expect(statuses.every((status) => status >= 400 && status < 500)).toBe(true);
  });
});

describe('X-Request-Id', () => {
  it('is on every response, a fresh UUID each time when none is given', async () => {
    const responses = [
      await server.request('/healthz'),
      await server.request('/readyz'),
      await server.request('/api/v1/auth/me', { token: adminToken }),
      await server.request('/api/v1/auth/me'),
      await server.request('/api/v1/nope'),
      await server.request('/nope'),
      await postRaw('/api/v1/auth/login', '{'),
      await postRaw('/api/v1/auth/login', loginBodyOf(2 * MB)),
      await server.request('/trpc/auth.me', { token: adminToken }),
      await server.request('/api/v1/openapi.json'),
      await server.request('/api/v1/auth/login', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      }),
    ];
    const ids = responses.map((response) => response.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echoes a sane incoming X-Request-Id', async () => {
    const id = 'trace-42.abc_DEF';
    for (const path of ['/healthz', '/api/v1/auth/me', '/nope', '/trpc/auth.me']) {
      const response = await server.request(path, { headers: { 'x-request-id': id } });
      expect(response.headers.get('x-request-id'), path).toBe(id);
    }
    const longest = 'a'.repeat(128);
    expect(
      (await server.request('/healthz', { headers: { 'x-request-id': longest } })).headers.get('x-request-id'),
    ).toBe(longest);
  });

  it('replaces an unsafe or over-long one with a fresh UUID', async () => {
    for (const given of ['has space', '<script>', 'a'.repeat(129), 'semi;colon']) {
      const response = await server.request('/healthz', { headers: { 'x-request-id': given } });
      expect(response.headers.get('x-request-id'), given).toMatch(UUID);
    }
  });
});

describe('a GET with a body', () => {
  it('is answered, and the keep-alive connection serves the next request', async () => {
    const url = new URL(server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: '/api/v1/departments',
            method,
            agent,
            headers: body ? { 'content-length': Buffer.byteLength(body) } : {},
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    // Unauthenticated, so 401 — what matters is that the second request is answered at all.
    expect(await send('GET', '{"ignored":true}')).toBe(401);
    expect(await send('GET')).toBe(401);
    agent.destroy();
  });
});

describe('the Host header', () => {
  /** One HTTP/1.1 request over a raw socket (node:http's client would refuse the header); the status line and body. */
  const withHost = (host: string, path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      );
      const parts: Buffer[] = [];
      socket.on('data', (part: Buffer) => parts.push(part));
      socket.on('error', reject);
      socket.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: Number(text.slice(9, 12)), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
    });

  it('that no URL can hold is answered 400 E_BAD_REQUEST on REST and tRPC alike', async () => {
    for (const host of ['a b', '[::1', 'example.com:99999', 'a%20b']) {
      for (const path of ['/api/v1/departments', '/trpc/departments.list']) {
        const answer = await withHost(host, path);
        expect(answer.status, `${host} ${path}`).toBe(400);
        if (path.startsWith('/api')) expect(JSON.parse(answer.body)).toMatchObject({ error: 'E_BAD_REQUEST' });
      }
    }
  });

  it('naming a host, an address or an IPv6 literal, with or without a port, goes on to the route', async () => {
    for (const host of ['localhost', 'api.example.com:8080', '127.0.0.1:3000', '[::1]:3000']) {
      expect((await withHost(host, '/api/v1/departments')).status, host).toBe(401);
    }
  });
});
