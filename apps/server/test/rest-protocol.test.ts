import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

const server = await startTestServer({ CORS_ORIGINS: 'https://app.example' });
afterAll(() => server.close());

async function errorBody(response: Response) {
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  return body;
}

describe('the REST adapter speaks HTTP properly', () => {
  it('answers an unknown route 404 and a wrong method 405 with Allow', async () => {
    const unknown = await server.request('/api/v1/nothing/here');
    expect(unknown.status).toBe(404);
    expect((await errorBody(unknown)).error).toBe('E_NOT_FOUND');

    const wrongMethod = await server.request('/api/v1/auth/login', { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await errorBody(wrongMethod)).error).toBe('E_METHOD_NOT_ALLOWED');

    const templated = await server.request('/api/v1/tickets/TSK-1/history', { method: 'DELETE' });
    expect(templated.status).toBe(405);
    expect(templated.headers.get('allow')).toBe('GET');
  });

  it('answers a non-JSON body 415 and malformed JSON 400', async () => {
    const text = await server.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect((await errorBody(text)).error).toBe('E_UNSUPPORTED_MEDIA_TYPE');
    const broken = await server.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(broken.status).toBe(400);
    expect((await errorBody(broken)).error).toBe('E_BAD_REQUEST');
  });

  it('answers an oversized body 413 in the standard shape', async () => {
    const big = await server.request('/api/v1/auth/login', {
      method: 'POST',
      json: { email: 'a@b.co', password: 'x'.repeat(1_100_000) },
    });
    expect(big.status).toBe(413);
    expect((await errorBody(big)).error).toBe('E_PAYLOAD_TOO_LARGE');
  });

  it('answers CORS preflights for allowed origins only, with credentials', async () => {
    const preflight = (origin: string) =>
      server.request('/api/v1/tickets', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PATCH');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('serves ISO dates on REST and the interactive reference from local assets', async () => {
    const token = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const me = (await (await server.request('/api/v1/auth/me', { token })).json()) as { createdAt: string };
    expect(me.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const docs = await server.request('/docs');
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('/api/v1/openapi.json');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts.every((src) => src.startsWith('/docs/'))).toBe(true);
    for (const src of scripts) {
      const asset = await server.request(src);
      expect(asset.status, src).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const spec = (await (await server.request('/api/v1/openapi.json')).json()) as { openapi: string; paths: object };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/tickets/{key}');
  });
});
