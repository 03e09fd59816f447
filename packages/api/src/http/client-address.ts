import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** An address as a proxy may write it: `1.2.3.4:5678`, `[::1]:80`, `::ffff:1.2.3.4`; null if it is not one. */
function normalized(value: string | undefined): string | null {
  if (!value) return null;
  const unwrapped = value.match(/^\[([^\]]+)\](?::\d+)?$/)?.[1] ?? value.match(/^([\d.]+):\d+$/)?.[1] ?? value;
  const address = unwrapped.replace(/^::ffff:(?=[\d.]+$)/i, '');
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address. With no trusted proxy it is the socket's peer. Behind `hops` trusted proxies
 * it is the address the outermost of them saw: each proxy appends its peer to X-Forwarded-For, so
 * that is the hops-th entry from the right, counting our own peer as the last hop. Everything left of
 * it was written by the client and is never believed. An entry that is not an address (a
 * misconfigured proxy) falls back to the peer: throttling then errs on the side of the proxy.
 */
export function clientAddressOf(req: IncomingMessage, hops: number): string | null {
  const peer = normalized(req.socket.remoteAddress);
  if (hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...entries, peer ?? ''];
  return normalized(chain[Math.max(0, chain.length - 1 - hops)]) ?? peer;
}

/** The scheme the client used: what the nearest trusted proxy says, else whether the socket is TLS. */
export function forwardedProtoOf(req: IncomingMessage, hops: number): 'http' | 'https' | undefined {
  if (hops === 0) return undefined;
  const header = req.headers['x-forwarded-proto'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim().toLowerCase();
  return last === 'https' || last === 'http' ? last : undefined;
}
