import { join } from 'node:path';
import { LocalStorage } from '@ticketing/core/attachments/storage/local-storage';
import type { ObjectStorage } from '@ticketing/core/attachments/storage/object-storage';
import { S3Storage } from '@ticketing/core/attachments/storage/s3-storage';
import { loadSigningKey } from '@ticketing/core/attachments/storage/signing-key';
import type { AttachmentConfig } from '@ticketing/core/deps';
import { resolveDataDir } from '@ticketing/db/data-dir';
import type { Config } from './config.ts';

export interface AttachmentSetup {
  config: AttachmentConfig;
  /** Set for the local driver: the files mount serves it. */
  local?: LocalStorage;
  /** The bucket's origin when it is elsewhere (the web app's CSP lets the browser reach it). */
  storageOrigin: string;
}

/** S3 when S3_BUCKET is set, else files under DATA_DIR/files behind the server's own signed URLs. */
export async function setUpAttachments(config: Config, storage?: ObjectStorage): Promise<AttachmentSetup> {
  const limits = {
    maxBytes: config.ATTACHMENT_MAX_BYTES,
    uploadUrlSeconds: config.ATTACHMENT_UPLOAD_URL_SECONDS,
    downloadUrlSeconds: config.ATTACHMENT_DOWNLOAD_URL_SECONDS,
    multipartAboveBytes: config.S3_MULTIPART_ABOVE_BYTES,
    partBytes: config.S3_PART_BYTES,
  };
  if (storage) return { config: { storage, ...limits }, storageOrigin: '' };
  if (config.S3_BUCKET) {
    const s3 = new S3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
    const origin = config.S3_ENDPOINT
      ? new URL(config.S3_ENDPOINT).origin
      : `https://*.s3.${config.S3_REGION}.amazonaws.com https://s3.${config.S3_REGION}.amazonaws.com`;
    return { config: { storage: s3, ...limits }, storageOrigin: origin };
  }
  const root = join(resolveDataDir(config.DATA_DIR), 'files');
  const local = new LocalStorage({
    root,
    signingKey: await loadSigningKey(join(root, '.signing-key'), config.FILES_SIGNING_KEY),
    baseUrl: config.PUBLIC_URL ?? '',
  });
  return { config: { storage: local, ...limits }, local, storageOrigin: '' };
}
