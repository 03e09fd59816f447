import type { Client } from './create-client.ts';
import type { RouterOutputs } from './types.ts';

export type Attachment = RouterOutputs['attachments']['complete'];

/** What can be uploaded: a browser File, or any Blob with a name. */
export interface UploadFile {
  name: string;
  /** The media type; empty (as browsers say for unknown files) is sent as application/octet-stream. */
  type: string;
  size: number;
  slice(start?: number, end?: number): Blob;
}

export interface UploadOptions {
  /** Bytes sent so far, of `total`; called as the upload goes (browsers) or at its start and end. */
  onProgress?(loaded: number, total: number): void;
  /** Where a relative upload URL (the local storage) is resolved; the page's origin in a browser. */
  baseUrl?: string;
  /** Checked by the server on completion. */
  sha256?: string;
  signal?: AbortSignal;
}

export class UploadError extends Error {
  override readonly name = 'UploadError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The storage's refusal in words: JSON from the local storage, XML from S3. */
const reasonOf = (status: number, body: string) => {
  const json = /"message":"([^"]+)"/.exec(body)?.[1];
  const xml = /<Message>([^<]+)<\/Message>/.exec(body)?.[1];
  return `The upload was refused (${status}): ${json ?? xml ?? 'no reason given'}`;
};

/**
 * PUT one body with progress events where XMLHttpRequest exists (browsers), else fetch; resolves with
 * the storage's ETag (S3 needs it back for each part). `progress` gets the bytes of this body sent.
 */
function put(
  url: string,
  headers: Record<string, string>,
  body: Blob,
  progress: (loaded: number) => void,
  signal: AbortSignal | undefined,
): Promise<string> {
  if (typeof XMLHttpRequest === 'undefined') {
    progress(0);
    return fetch(url, { method: 'PUT', headers, body, ...(signal ? { signal } : {}) }).then(async (response) => {
      if (!response.ok) throw new UploadError(reasonOf(response.status, await response.text()), response.status);
      progress(body.size);
      return response.headers.get('etag') ?? '';
    });
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => progress(event.loaded);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        progress(body.size);
        resolve(request.getResponseHeader('etag') ?? '');
      } else reject(new UploadError(reasonOf(request.status, request.responseText), request.status));
    };
    request.onerror = () => reject(new UploadError('The upload did not reach the storage', 0));
    request.onabort = () => reject(new UploadError('The upload was cancelled', 0));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

/**
 * Attaches a file to a ticket: asks for an upload URL (attachments.createUpload), sends the bytes
 * straight to storage (S3 or the server's local storage; a large file on S3 in parts), then completes
 * it (attachments.complete).
 * Errors of the API are the client's usual TRPCClientError; a storage refusal is an UploadError.
 */
export async function uploadAttachment(
  client: Client,
  ticketKey: string,
  file: UploadFile,
  options: UploadOptions = {},
): Promise<Attachment> {
  const upload = await client.attachments.createUpload.mutate({
    key: ticketKey,
    fileName: file.name,
    contentType: file.type || 'application/octet-stream',
    size: file.size,
    ...(options.sha256 ? { sha256: options.sha256 } : {}),
  });
  const base = options.baseUrl ?? globalThis.location?.origin;
  const resolve = (url: string) => (base ? new URL(url, base).toString() : url);
  const total = file.size;
  if (upload.uploadUrl !== null) {
    await put(
      resolve(upload.uploadUrl),
      upload.headers,
      file.slice(),
      (loaded) => options.onProgress?.(loaded, total),
      options.signal,
    );
    return client.attachments.complete.mutate({ id: upload.attachmentId });
  }
  // A large file on S3: each slice to its own URL, one after another, then the parts joined.
  const parts: { partNumber: number; etag: string }[] = [];
  for (const part of upload.parts) {
    const etag = await put(
      resolve(part.url),
      {},
      file.slice(part.offset, part.offset + part.size),
      (loaded) => options.onProgress?.(part.offset + loaded, total),
      options.signal,
    );
    if (!etag) throw new UploadError('The storage sent no ETag for a part (its CORS rule must expose ETag)', 0);
    parts.push({ partNumber: part.partNumber, etag });
  }
  return client.attachments.complete.mutate({ id: upload.attachmentId, parts });
}
