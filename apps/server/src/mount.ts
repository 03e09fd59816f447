import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** One entry of the server's mount table: which requests it answers, how much body it reads. */
export interface Mount {
  /** A path prefix (`/trpc` answers `/trpc` and `/trpc/…`; `` answers every path), or the whole path when `exact`. */
  path: string;
  exact?: boolean;
  /** Answers only these methods; other requests fall through to the next mount. */
  methods?: readonly string[];
  /** The most body bytes read for it (413 past that); 0 reads none. */
  bodyLimit: number;
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    request: { path: string; body: string; log: Logger },
  ): Promise<void>;
  /** The route template this request counts under in metrics; the mount's path when absent. */
  routeOf?(method: string | undefined, path: string): string;
}

export function matches(mount: Mount, method: string | undefined, path: string): boolean {
  if (mount.methods && !mount.methods.includes(method ?? '')) return false;
  if (mount.exact) return path === mount.path;
  return path === mount.path || path.startsWith(`${mount.path}/`);
}
