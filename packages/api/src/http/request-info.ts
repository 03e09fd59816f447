import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestInfo } from '../context.ts';
import { clientAddressOf, forwardedProtoOf } from './client-address.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';

export interface RequestInfoOptions {
  /** Origins (besides the server's own) allowed to make cookie-authenticated mutations. */
  allowedOrigins: readonly string[];
  /** How many reverse proxies in front of us to believe about X-Forwarded-For/-Proto (0: none). */
  trustedProxyHops: number;
}

export function requestInfoFrom(req: IncomingMessage, res: ServerResponse, options: RequestInfoOptions): RequestInfo {
  const forwardedProto = forwardedProtoOf(req, options.trustedProxyHops);
  const secure = forwardedProto ? forwardedProto === 'https' : Boolean((req.socket as TLSSocket).encrypted);
  const ip = clientAddressOf(req, options.trustedProxyHops);

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
