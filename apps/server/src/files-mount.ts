import { writeError } from '@ticketing/api/http/write-error';
import { FILES_PATH, type LocalStorage, UploadRejected } from '@ticketing/core/attachments/storage/local-storage';
import type { Mount } from './mount.ts';

// What a downloaded file may do in a browser: nothing. It is served as the type validated at upload,
// never sniffed, and sandboxed even when a browser renders it.
const DOWNLOAD_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  'cache-control': 'private, max-age=300',
  'referrer-policy': 'no-referrer',
};

const bareType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The local storage's own URLs: `PUT /files/<key>?…` stores an upload, `GET /files/<key>?…` serves a
 * download, each only with a valid, unexpired signature over exactly what it does. Bodies stream to
 * and from disk; memory stays flat whatever the size.
 */
export function filesMount(storage: LocalStorage): Mount {
  return {
    path: FILES_PATH,
    methods: ['PUT', 'GET', 'HEAD'],
    bodyLimit: 0,
    routeOf: () => `${FILES_PATH}/{key}`,
    handle: async (req, res, { path, log }) => {
      const url = new URL(req.url ?? '/', 'http://files');
      let key: string;
      try {
        key = decodeURIComponent(path.slice(FILES_PATH.length + 1));
      } catch {
        return writeError(res, 'E_FORBIDDEN', 'This file URL is not valid');
      }
      const method = req.method === 'PUT' ? 'PUT' : 'GET';
      const { verdict, fields } = storage.verify(method, key, url.searchParams);
      if (!verdict.ok) {
        return writeError(
          res,
          'E_FORBIDDEN',
          verdict.reason === 'expired' ? 'This file URL has expired; ask for a new one' : 'This file URL is not valid',
        );
      }
      if (method === 'PUT') {
        if (bareType(req.headers['content-type']) !== fields.contentType) {
          return writeError(
            res,
            'E_FORBIDDEN',
            `The upload must be sent as ${fields.contentType}, the type it was signed for`,
          );
        }
        if (req.headers['content-length'] !== String(fields.size)) {
          return writeError(
            res,
            'E_FORBIDDEN',
            `The upload must have a Content-Length of exactly ${fields.size} bytes`,
          );
        }
        try {
          await storage.receive(key, fields.size ?? 0, req);
        } catch (error) {
          if (error instanceof UploadRejected) {
            return writeError(res, error.reason === 'exists' ? 'E_CONFLICT' : 'E_BAD_REQUEST', error.message);
          }
          log.warn({ err: error }, 'upload failed');
          if (!res.headersSent) writeError(res, 'E_BAD_REQUEST', 'The upload did not arrive whole; send it again');
          return;
        }
        res.writeHead(200, { 'content-length': 0 });
        return void res.end();
      }
      // Opened before anything is answered: a file removed meanwhile is a 404, never a cut-off 200.
      const opened = await storage.openForRead(key);
      if (!opened) return writeError(res, 'E_NOT_FOUND', 'No such file');
      const { stream: body, size } = opened;
      res.writeHead(200, {
        'content-type': fields.contentType,
        'content-disposition': fields.disposition ?? 'attachment',
        'content-length': size,
        ...DOWNLOAD_HEADERS,
      });
      if (req.method === 'HEAD') {
        body.destroy();
        return void res.end();
      }
      // A client that goes away closes the file too (pipe alone would leave it open).
      res.once('close', () => body.destroy());
      await new Promise<void>((resolve) => {
        body
          .on('error', () => res.destroy())
          .on('close', resolve)
          .pipe(res);
      });
    },
  };
}
