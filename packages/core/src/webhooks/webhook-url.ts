import { isIP } from 'node:net';
import type { WebhookConfig } from '../deps.ts';
import { addressRefusal } from './address-policy.ts';

/** The URL when `text` is an absolute http(s) URL, else null. */
export function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Why this deployment will not deliver to `url`, or null. Checked when a webhook is saved (a clear
 * error at once) and before every attempt (the settings may have changed since). It can only judge
 * what the URL says: a name is judged when it is connected to, by the address the socket reached
 * (guarded-agent.ts), which is what stops a name that resolves to a private address, DNS rebinding,
 * and every spelling of an address (the URL parser has already turned `2130706433` and `0x7f.1`
 * into 127.0.0.1).
 */
export function urlRefusal(url: URL, config: Pick<WebhookConfig, 'allowHttp' | 'allowPrivate'>): string | null {
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.allowHttp)) {
    return 'A webhook URL must use https';
  }
  if (url.username || url.password) return 'A webhook URL must not carry a user name or password';
  if (config.allowPrivate) return null;
  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return `Webhooks are not sent to this machine (${url.hostname})`;
  }
  const refusal = isIP(host) ? addressRefusal(host) : null;
  return refusal ? `Webhooks are sent only to public addresses: ${refusal}` : null;
}

/**
 * A webhook URL for display in events and logs: its origin, with `/…` standing for a path or query
 * (they may carry the receiver's own token).
 */
export function redactedUrl(url: string): string {
  const parsed = parseHttpUrl(url);
  if (!parsed) return '…';
  return parsed.pathname === '/' && parsed.search === '' ? `${parsed.origin}/` : `${parsed.origin}/…`;
}
