import { afterAll, describe, expect, it } from 'vitest';
import { expectJson } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

describe('health endpoints', () => {
  it('/healthz answers 200 without touching auth', async () => {
    const response = await server.request('/healthz');
    expect(await expectJson<unknown>(response)).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 while the database is up', async () => {
    expect(await expectJson<unknown>(await server.request('/readyz'))).toEqual({ status: 'ready' });
  });

  it('/readyz answers 503 once the database is gone, while /healthz stays 200', async () => {
    const doomed = await startTestServer();
    try {
      expect((await doomed.request('/readyz')).status).toBe(200);
      await doomed.connection.close();
      const response = await doomed.request('/readyz');
      expect(response.status).toBe(503);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
      // No driver error text leaks into the answer.
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|closed|postgres|pglite/i);
      expect((await doomed.request('/healthz')).status).toBe(200);
    } finally {
      // The database is already closed; closing it again may fail, the HTTP server must still stop.
      await doomed.close().catch(() => undefined);
    }
    await expect(fetch(`${doomed.url}/healthz`)).rejects.toThrow();
  });

  it('/metrics answers without credentials when METRICS_TOKEN is unset (keep it private at the proxy)', async () => {
    const response = await server.request('/metrics');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('/api/v1/openapi.json serves the REST document describing the auth and user routes', async () => {
    const document = await expectJson<{ openapi: string; paths: Record<string, unknown> }>(
      await server.request('/api/v1/openapi.json'),
    );
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/auth/me', '/users', '/users/{id}', '/departments']),
    );
  });
});
