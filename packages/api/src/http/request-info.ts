import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestInfo } from '../context.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';

export interface RequestInfoOptions {
  /** Origins (besides the server's own) allowed to make cookie-authenticated mutations. */
  allowedOrigins: readonly string[];
  /** Behind one reverse proxy: take the client address and protocol from X-Forwarded-For/-Proto. */
  trustProxy: boolean;
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

export function requestInfoFrom(req: IncomingMessage, res: ServerResponse, options: RequestInfoOptions): RequestInfo {
  const forwardedProto = options.trustProxy ? first(req.headers['x-forwarded-proto']) : undefined;
  const secure = forwardedProto ? forwardedProto === 'https' : Boolean((req.socket as TLSSocket).encrypted);
  const ip =
    (options.trustProxy ? first(req.headers['x-forwarded-for']) : undefined) ?? req.socket.remoteAddress ?? null;

  const authorization = req.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  const credential = bearer
    ? { token: bearer, via: 'bearer' as const }
    : cookie
      ? { token: cookie, via: 'cookie' as const }
      : null;

  const origin = req.headers.origin;
  const ownOrigin = req.headers.host ? `${secure ? 'https' : 'http'}://${req.headers.host}` : undefined;
  const originAllowed = origin !== undefined && (origin === ownOrigin || options.allowedOrigins.includes(origin));

  return {
    client: { ip, userAgent: req.headers['user-agent'] ?? null },
    credential,
    originAllowed,
    secure,
    setCookie: (value) => res.appendHeader('Set-Cookie', value),
    setHeader: (name, value) => res.setHeader(name, value),
  };
}
