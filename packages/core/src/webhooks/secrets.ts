import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks secrets: `whsec_` and the base64 of the HMAC key. */
export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

/** After a rotation, the old secret keeps signing this long, so receivers can switch over. */
export const PREVIOUS_SECRET_HOURS = 24;

export const generateSecret = () => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;

const keyOf = (secret: string) => Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under each secret,
 * space-separated (during a rotation, the new secret's first): a receiver accepts the message when any
 * one matches the secret it holds.
 */
export function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  const content = `${id}.${timestamp}.${body}`;
  return secrets
    .map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(content).digest('base64')}`)
    .join(' ');
}

/** The secrets that sign right now: the current one, and the previous one until it expires. */
export function signingSecrets(
  webhook: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null },
  now = new Date(),
): string[] {
  const { previousSecret, previousSecretExpiresAt } = webhook;
  const previousValid = previousSecret !== null && previousSecretExpiresAt !== null && previousSecretExpiresAt > now;
  return previousValid ? [webhook.secret, previousSecret] : [webhook.secret];
}
