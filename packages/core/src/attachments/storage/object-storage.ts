import type { Readable } from 'node:stream';

/** Where the client sends the bytes: one signed request that binds the exact type and size. */
export interface UploadTarget {
  url: string;
  method: 'PUT';
  /** Headers the upload must carry as they are (they are part of the signature). */
  headers: Record<string, string>;
  expiresAt: Date;
}

/** One slice of a large file, uploaded to its own URL; its ETag goes back to complete the upload. */
export interface UploadPart {
  partNumber: number;
  url: string;
  /** Where the slice starts in the file, and how many bytes it has (signed into the URL). */
  offset: number;
  size: number;
}

export interface PartsUpload {
  uploadId: string;
  parts: UploadPart[];
}

export interface DownloadOptions {
  fileName: string;
  contentType: string;
  /** Shown in the browser (inert images) rather than saved as a file. */
  inline: boolean;
}

/**
 * One interface over where attachment bytes live: an S3-compatible bucket, or the local disk behind
 * the server's own `/files` routes. Keys are made by the server, never from user input. The bytes of
 * an upload or a download never pass through the API itself: clients use the presigned URLs.
 */
export interface ObjectStorage {
  readonly kind: 'local' | 's3';
  presignUpload(
    key: string,
    file: { contentType: string; size: number },
    expiresInSeconds: number,
  ): Promise<UploadTarget>;
  presignDownload(key: string, options: DownloadOptions, expiresInSeconds: number): Promise<string>;
  /** The stored object's size, or null when there is none. */
  stat(key: string): Promise<{ size: number } | null>;
  read(key: string): Promise<Readable>;
  /** For what the server makes itself (thumbnails). */
  write(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Removes the object; removing one that is not there is fine. */
  remove(key: string): Promise<void>;
  /**
   * Large files in parts (S3 multipart upload), where the storage has them: each part's URL binds its
   * size; the object appears only when completeParts joins them.
   */
  presignParts?(
    key: string,
    file: { contentType: string; size: number },
    partSize: number,
    expiresInSeconds: number,
  ): Promise<PartsUpload>;
  completeParts?(key: string, uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<void>;
  /** Drops an unfinished parts upload and what it stored; dropping one that is gone is fine. */
  abortParts?(key: string, uploadId: string): Promise<void>;
}

/**
 * `attachment; filename="…"`, plus the exact UTF-8 name (RFC 6266 / 5987 `filename*`) only when the
 * plain form cannot carry it: most names stay free of the `'` that `filename*` needs.
 */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const type = inline ? 'inline' : 'attachment';
  if (ascii === fileName) return `${type}; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
