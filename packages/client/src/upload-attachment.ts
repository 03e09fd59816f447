import type { Client } from './create-client.ts';
import type { RouterOutputs } from './types.ts';

export type Attachment = RouterOutputs['attachments']['complete'];

/** What can be uploaded: a browser File, or any Blob with a name. */
export interface UploadFile {
  name: string;
  /** The media type; empty (as browsers say for unknown files) is sent as application/octet-stream. */
  type: string;
  size: number;
  slice(): Blob;
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

/** PUT with progress events where XMLHttpRequest exists (browsers), else fetch. */
function put(url: string, headers: Record<string, string>, file: UploadFile, options: UploadOptions): Promise<void> {
  const total = file.size;
  if (typeof XMLHttpRequest === 'undefined') {
    options.onProgress?.(0, total);
    return fetch(url, {
      method: 'PUT',
      headers,
      body: file.slice(),
      ...(options.signal ? { signal: options.signal } : {}),
    }).then(async (response) => {
      if (!response.ok) throw new UploadError(reasonOf(response.status, await response.text()), response.status);
      options.onProgress?.(total, total);
    });
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => options.onProgress?.(event.loaded, total);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        options.onProgress?.(total, total);
        resolve();
      } else reject(new UploadError(reasonOf(request.status, request.responseText), request.status));
    };
    request.onerror = () => reject(new UploadError('The upload did not reach the storage', 0));
    request.onabort = () => reject(new UploadError('The upload was cancelled', 0));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file.slice());
  });
}

/**
 * Attaches a file to a ticket: asks for an upload URL (attachments.createUpload), sends the bytes
 * straight to storage (S3 or the server's local storage), then completes it (attachments.complete).
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
  const url = base ? new URL(upload.uploadUrl, base).toString() : upload.uploadUrl;
  await put(url, upload.headers, file, options);
  return client.attachments.complete.mutate({ id: upload.attachmentId });
}
