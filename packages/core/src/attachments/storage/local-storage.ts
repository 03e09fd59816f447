import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentDisposition, type DownloadOptions, type ObjectStorage, type UploadTarget } from './object-storage.ts';
import { type SignedFields, signFields, type Verdict, verifyFields } from './url-signature.ts';

/** The only object keys there are: `<project id>/<attachment id>`, optionally a thumbnail of it. */
const KEY_PATTERN = /^[0-9a-f-]{36}\/[0-9a-f-]{36}(\.thumb\.webp)?$/;
export const isObjectKey = (key: string) => KEY_PATTERN.test(key);

/** The path of the local file routes; the files mount serves it. */
export const FILES_PATH = '/files';

export class UploadRejected extends Error {
  override readonly name = 'UploadRejected';
  constructor(
    readonly reason: 'too_large' | 'too_small' | 'exists',
    message: string,
  ) {
    super(message);
  }
}

export interface LocalStorageOptions {
  /** Where objects live (DATA_DIR/files). */
  root: string;
  signingKey: Buffer;
  /** Prepended to `/files/…` (e.g. https://tickets.example.com); empty gives URLs relative to the server. */
  baseUrl: string;
}

/**
 * Files on the server's own disk, behind signed, expiring URLs that the server checks itself: the
 * same flow as S3 with nothing else to run. An upload is written to a temporary file, fsynced and
 * renamed into place, so a partial upload is never visible.
 */
export class LocalStorage implements ObjectStorage {
  readonly kind = 'local';
  constructor(private readonly options: LocalStorageOptions) {}

  private pathOf(key: string): string {
    if (!isObjectKey(key)) throw new Error(`not an object key: ${key}`);
    return join(this.options.root, 'objects', key);
  }

  private urlOf(fields: SignedFields): string {
    const query = new URLSearchParams({
      expires: String(fields.expires),
      type: fields.contentType,
      ...(fields.size !== undefined ? { size: String(fields.size) } : {}),
      ...(fields.disposition !== undefined ? { disposition: fields.disposition } : {}),
      signature: signFields(this.options.signingKey, fields),
    });
    return `${this.options.baseUrl}${FILES_PATH}/${fields.key}?${query}`;
  }

  async presignUpload(
    key: string,
    file: { contentType: string; size: number },
    expiresInSeconds: number,
  ): Promise<UploadTarget> {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const url = this.urlOf({ method: 'PUT', key, expires, contentType: file.contentType, size: file.size });
    return {
      url,
      method: 'PUT',
      // As on S3, where the condition is signed; here link() enforces it.
      headers: { 'content-type': file.contentType, 'if-none-match': '*' },
      expiresAt: new Date(expires * 1000),
    };
  }

  async presignDownload(key: string, options: DownloadOptions, expiresInSeconds: number): Promise<string> {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const disposition = contentDisposition(options.fileName, options.inline);
    return this.urlOf({ method: 'GET', key, expires, contentType: options.contentType, disposition });
  }

  /** Checks a `/files/<key>?…` request's signature against what it claims to be. */
  verify(method: 'PUT' | 'GET', key: string, query: URLSearchParams): { verdict: Verdict; fields: SignedFields } {
    const fields: SignedFields = {
      method,
      key,
      expires: Number(query.get('expires')),
      contentType: query.get('type') ?? '',
      ...(method === 'PUT' ? { size: Number(query.get('size')) } : { disposition: query.get('disposition') ?? '' }),
    };
    if (!isObjectKey(key) || !Number.isSafeInteger(fields.expires)) {
      return { verdict: { ok: false, reason: 'signature' }, fields };
    }
    return { verdict: verifyFields(this.options.signingKey, fields, query.get('signature') ?? ''), fields };
  }

  /** Stores exactly `size` bytes from `body` under `key` if nothing is stored there yet, or nothing at all. */
  async receive(key: string, size: number, body: Readable): Promise<void> {
    const final = this.pathOf(key);
    const temporary = join(this.options.root, 'tmp', randomUUID());
    await mkdir(dirname(temporary), { recursive: true });
    let received = 0;
    try {
      const file = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
      await pipeline(
        body,
        async function* count(source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            received += chunk.length;
            if (received > size)
              throw new UploadRejected('too_large', `The body is larger than the signed ${size} bytes`);
            yield chunk;
          }
        },
        file,
      );
      if (received !== size)
        throw new UploadRejected('too_small', `The body has ${received} bytes, not the signed ${size}`);
      const handle = await open(temporary, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await mkdir(dirname(final), { recursive: true });
      // link, not rename: it refuses an existing name, so an upload URL cannot replace a stored file.
      try {
        await link(temporary, final);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UploadRejected('exists', 'This file is already uploaded; an upload URL stores it once');
        }
        throw error;
      }
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const info = await stat(this.pathOf(key));
      return { size: info.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * The file opened for reading, with its size from the open file itself, or null when there is none:
   * one removed once it is open is still read whole (its data lives until it is closed).
   */
  async openForRead(key: string): Promise<{ stream: Readable; size: number } | null> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.pathOf(key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async read(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    // Opening errors (ENOENT) surface here rather than on the first read.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async write(key: string, body: Buffer, _contentType: string): Promise<void> {
    await this.receive(key, body.length, Readable.from([body]));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
