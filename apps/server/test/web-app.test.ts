import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/web-app-mount.ts';
import { expectError } from './support/http.ts';
import { tempDir } from './support/spawn-server.ts';
import { startTestServer } from './support/test-server.ts';

// A built app as Vite lays it out: index.html, hashed assets, a file at the root.
const dist = await tempDir();
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log("app")');
writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
const server = await startTestServer({}, { webDist: dist });
const unbuilt = await startTestServer({}, { webDist: join(dist, 'missing') });
afterAll(() => Promise.all([server.close(), unbuilt.close()]));

const page = (path: string, init: RequestInit = {}) =>
  server.request(path, { ...init, headers: { accept: 'text/html,application/xhtml+xml', ...init.headers } });

describe('the web app at /', () => {
  it('answers any page a browser asks for with index.html, under a strict Content-Security-Policy', async () => {
    for (const path of ['/', '/tickets', '/tickets/TSK-1001', '/board?status=open']) {
      const response = await page(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('serves hashed assets cached for a year, other files revalidated, and HEAD without a body', async () => {
    const asset = await server.request('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("app")');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const robots = await server.request('/robots.txt');
    expect(robots.headers.get('cache-control')).toBe('no-cache');
    const head = await server.request('/assets/index-AbC123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('18');
    expect(await head.text()).toBe('');
  });

  it('keeps the JSON 404 for anything that is not a page or a file: APIs, tools, missing assets', async () => {
    await expectError(await server.request('/nope'), 404, 'E_NOT_FOUND');
    await expectError(await page('/assets/missing.js', { headers: { accept: '*/*' } }), 404, 'E_NOT_FOUND');
    await expectError(await page('/api/v1/nope'), 404, 'E_NOT_FOUND');
    await expectError(await page('/api/v1/tickets'), 401, 'E_UNAUTHENTICATED');
    await expectError(await server.request('/tickets', { method: 'POST' }), 404, 'E_NOT_FOUND');
  });

  it('never serves a file outside its directory, however the path is spelt', async () => {
    for (const path of [
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%00.js',
    ]) {
      const response = await server.request(path, { headers: { accept: '*/*' } });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('"name"');
    }
  });

  it('says how to build the app when it is not built', async () => {
    const body = await expectError(
      await unbuilt.request('/tickets', { headers: { accept: 'text/html' } }),
      404,
      'E_NOT_FOUND',
    );
    expect(body.message).toContain('pnpm --filter @ticketing/web build');
  });
});
