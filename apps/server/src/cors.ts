import type { IncomingMessage, ServerResponse } from 'node:http';

// last-event-id: an EventSource that sends the token itself (the eventsource package) resumes with it.
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, trpc-accept, x-trpc-source, last-event-id';
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';

/**
 * Adds CORS headers for allowed origins (credentials included) and answers preflights.
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && allowedOrigins.includes(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader(
      'Access-Control-Expose-Headers',
      'Retry-After, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
    );
  }
  res.setHeader('Vary', 'Origin');
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.writeHead(204);
  res.end();
  return true;
}
