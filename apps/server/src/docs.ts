import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Served from the installed swagger-ui-dist package: the reference works on a machine with no internet.
const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const page = (specUrl: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ticketing API reference</title>
  <link rel="icon" href="/docs/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: ${JSON.stringify(specUrl)},
      dom_id: '#swagger-ui',
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      persistAuthorization: true,
    });
  </script>
</body>
</html>`;

/** Answers /docs and its assets; returns false for any other path. */
export async function serveDocs(path: string, res: ServerResponse, specUrl: string): Promise<boolean> {
  if (path === '/docs' || path === '/docs/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(specUrl));
    return true;
  }
  const name = path.startsWith('/docs/') ? path.slice('/docs/'.length) : undefined;
  const type = name ? assets[name] : undefined;
  if (!name || !type) return false;
  const body = await readFile(join(distDir, name));
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400', 'content-length': body.length });
  res.end(body);
  return true;
}
