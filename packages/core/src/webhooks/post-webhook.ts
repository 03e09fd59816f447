import type { Readable } from 'node:stream';
import { request } from 'undici';
import type { WebhookConfig } from '../deps.ts';
import { guardedAgent, RefusedAddressError } from './guarded-agent.ts';
import { retryAfterMs } from './retry-schedule.ts';
import { signatureHeader } from './secrets.ts';
import { parseHttpUrl, urlRefusal } from './webhook-url.ts';

/** What is read of a receiver's answer: enough for a message, never a memory problem. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
const ERROR_SNIPPET_CHARS = 200;

export interface WebhookMessage {
  url: string;
  /** The `webhook-id`: the same on every attempt of one message, so receivers can drop repeats. */
  id: string;
  body: string;
  secrets: readonly string[];
}

/** How one attempt went. `failure` is null exactly when the receiver answered 2xx. */
export interface AttemptResult {
  failure: null | 'status' | 'network' | 'timeout' | 'refused';
  /** The receiver's status code, when it answered. */
  status: number | null;
  /** Its Retry-After, as a wait. */
  retryAfterMs: number | null;
  durationMs: number;
  error: string | null;
}

/** Reads at most `limit` bytes of a body, then lets the rest go. */
async function readAtMost(body: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) break;
  }
  body.destroy();
  return Buffer.concat(chunks).subarray(0, limit);
}

// By code point, so a cut never leaves half a surrogate pair behind.
const snippet = (body: Buffer) =>
  Array.from(
    body
      .toString('utf8')
      .replace(/\p{Cc}+/gu, ' ')
      .trim(),
  )
    .slice(0, ERROR_SNIPPET_CHARS)
    .join('');

const messageOf = (error: unknown) => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`.slice(0, 500);
};

/**
 * One signed POST of a webhook message (Standard Webhooks headers), through the address guard:
 * redirects are not followed (a 3xx is an answer like any other), the whole attempt is bounded by
 * `timeoutMs`, and at most 64 KB of the answer is read. Never throws for the receiver's sake; it
 * rethrows only when `signal` (the job stopping) cut it short.
 */
export async function postWebhook(
  message: WebhookMessage,
  config: WebhookConfig,
  signal?: AbortSignal,
): Promise<AttemptResult> {
  const started = performance.now();
  const result = (
    outcome: Omit<AttemptResult, 'durationMs' | 'retryAfterMs'> & Partial<Pick<AttemptResult, 'retryAfterMs'>>,
  ): AttemptResult => ({ retryAfterMs: null, ...outcome, durationMs: Math.round(performance.now() - started) });
  const url = parseHttpUrl(message.url);
  const refusal = url ? urlRefusal(url, config) : 'Not a valid URL';
  if (!url || refusal) return result({ failure: 'refused', status: null, error: refusal });

  const timestamp = Math.floor(Date.now() / 1000);
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const agent = guardedAgent({ allowPrivate: config.allowPrivate, connectTimeoutMs: config.timeoutMs });
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ticketing-webhooks/1',
        'webhook-id': message.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(message.secrets, message.id, timestamp, message.body),
      },
      body: message.body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const body = await readAtMost(response.body, MAX_RESPONSE_BYTES);
    const status = response.statusCode;
    if (status >= 200 && status < 300) return result({ failure: null, status, error: null });
    const text = snippet(body);
    return result({
      failure: 'status',
      status,
      retryAfterMs: retryAfterMs(response.headers['retry-after']),
      error: `The receiver answered ${status}${text ? `: ${text}` : ''}`,
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) {
      return result({ failure: 'timeout', status: null, error: `No answer within ${config.timeoutMs} ms` });
    }
    if (error instanceof RefusedAddressError) return result({ failure: 'refused', status: null, error: error.message });
    return result({ failure: 'network', status: null, error: messageOf(error) });
  } finally {
    await agent.destroy();
  }
}
