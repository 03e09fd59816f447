import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { writeError } from '@ticketing/api/http/write-error';
import type { Mount } from './mount.ts';

/** Where `pnpm --filter @ticketing/web build` writes the app. */
export const defaultWebDist = join(import.meta.dirname, '../../web/dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Scripts only from this origin, no inline script, no plugins, no framing. Styles allow inline
 * because the dialog primitives inject a small <style> for scroll locking; scripts are what matter.
 */
export const contentSecurityPolicy = (storageOrigin = '') =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // An S3 bucket elsewhere: thumbnails are shown from it and uploads go to it.
    `img-src 'self' data: blob:${storageOrigin ? ` ${storageOrigin}` : ''}`,
    `connect-src 'self'${storageOrigin ? ` ${storageOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** A regular file's size, or undefined when there is none at `file`. */
async function sizeOf(file: string): Promise<number | undefined> {
  const found = await stat(file).catch(() => undefined);
  return found?.isFile() ? found.size : undefined;
}

/** The file under `root` that `path` names, if there is one; never anything outside `root`. */
async function fileOf(root: string, path: string): Promise<{ file: string; size: number } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return undefined;
  const size = await sizeOf(file);
  return size === undefined ? undefined : { file, size };
}

/**
 * The web app (last in the mount table): its built files, hashed assets cached for a year, and for
 * any other page a browser asks for (Accept: text/html) the app's index.html, whose router shows
 * the page. Anything else keeps the API's JSON 404.
 */
export function webAppMount(dist: string, storageOrigin = ''): Mount {
  const root = normalize(dist);
  const securityHeaders = {
    'content-security-policy': contentSecurityPolicy(storageOrigin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
  const index = join(root, 'index.html');
  return {
    path: '',
    methods: ['GET', 'HEAD'],
    bodyLimit: 0,
    handle: async (req, res, { path }) => {
      const wantsPage = (req.headers.accept ?? '').includes('text/html');
      const asked = path === '/' ? undefined : await fileOf(root, path);
      const indexSize = asked || !wantsPage ? undefined : await sizeOf(index);
      const served = asked ?? (indexSize === undefined ? undefined : { file: index, size: indexSize });
      if (!served) {
        const built = (await sizeOf(index)) !== undefined;
        const hint = built ? '' : ' (the web app is not built: pnpm --filter @ticketing/web build)';
        return writeError(res, 'E_NOT_FOUND', `No route for ${req.method} ${path}${hint}`);
      }
      const hashed = served.file !== index && path.startsWith('/assets/');
      res.writeHead(200, {
        'content-type': types[extname(served.file)] ?? 'application/octet-stream',
        'content-length': served.size,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...securityHeaders,
      });
      if (req.method === 'HEAD') return void res.end();
      await new Promise<void>((resolve) => {
        createReadStream(served.file)
          .on('error', () => res.destroy())
          .on('close', resolve)
          .pipe(res);
      });
    },
  };
}
