import type { Actor } from '@ticketing/core/actor';
import type { Deps } from '@ticketing/core/deps';
import type { Context } from '../../src/context.ts';
import { createCaller } from '../../src/root.ts';

/** A caller as a same-origin HTTP request from 127.0.0.1 would get it; `actor: null` is anonymous. */
export function callerFor(deps: Deps, actor: Actor | null) {
  const context: Context = {
    deps,
    actor,
    request: {
      client: { ip: '127.0.0.1', userAgent: 'vitest' },
      credential: actor ? { token: 'resolved-by-test', via: 'bearer' } : null,
      originAllowed: true,
      secure: false,
      setCookie: () => {},
      setHeader: () => {},
    },
  };
  return createCaller(context);
}
