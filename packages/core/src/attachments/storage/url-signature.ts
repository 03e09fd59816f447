import { createHmac, timingSafeEqual } from 'node:crypto';

/** The fields a local file URL binds: changing any of them breaks the signature. */
export interface SignedFields {
  method: 'PUT' | 'GET';
  key: string;
  /** Unix seconds. */
  expires: number;
  contentType: string;
  /** PUT: the exact body size. */
  size?: number;
  /** GET: the Content-Disposition to answer with. */
  disposition?: string;
}

const canonical = (fields: SignedFields) =>
  [fields.method, fields.key, fields.expires, fields.contentType, fields.size ?? '', fields.disposition ?? ''].join(
    '\n',
  );

/** HMAC-SHA256 over the method, key, expiry, type, size and disposition, base64url. */
export function signFields(secret: Buffer, fields: SignedFields): string {
  return createHmac('sha256', secret).update(canonical(fields)).digest('base64url');
}

export type Verdict = { ok: true } | { ok: false; reason: 'expired' | 'signature' };

export function verifyFields(secret: Buffer, fields: SignedFields, signature: string, nowMs = Date.now()): Verdict {
  const expected = Buffer.from(signFields(secret, fields));
  const given = Buffer.from(signature);
  // Checked before the expiry, so a forged URL learns nothing from the answer.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (fields.expires * 1000 < nowMs) return { ok: false, reason: 'expired' };
  return { ok: true };
}
