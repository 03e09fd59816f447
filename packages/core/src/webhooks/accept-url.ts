import type { WebhookConfig } from '../deps.ts';
import { invalid } from '../errors.ts';
import { parseHttpUrl, urlRefusal } from './webhook-url.ts';

/**
 * A URL input this deployment will deliver to, normalised as it is stored (the parser's form, e.g.
 * `https://0x7f.1` is `https://127.0.0.1/`; no fragment, which a receiver never sees). E_VALIDATION on
 * `url` otherwise.
 */
export function acceptedUrl(text: string, config: WebhookConfig): string {
  const url = parseHttpUrl(text);
  if (!url) throw invalid('url', 'Not a valid URL: give an absolute https:// URL');
  const refusal = urlRefusal(url, config);
  if (refusal) throw invalid('url', refusal);
  url.hash = '';
  return url.href;
}
