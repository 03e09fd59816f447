import { Agent, buildConnector } from 'undici';
import { addressRefusal } from './address-policy.ts';

/** The connection reached an address webhooks may not be sent to; nothing was sent on it. */
export class RefusedAddressError extends Error {
  override readonly name = 'RefusedAddressError';
}

/**
 * An undici Agent whose every connection is checked where it lands: the socket's remote address,
 * after DNS, happy eyeballs and any IP literal spelling have done their work. A check of the name or
 * of a DNS answer alone is beaten by literals (`2130706433`, `0x7f.1`, `[::ffff:127.0.0.1]`) and by
 * DNS rebinding (a name that answers a public address to the check and a private one to the connect).
 * With `allowPrivate` every address is accepted (tests, trusted private networks).
 */
export function guardedAgent(options: { allowPrivate: boolean; connectTimeoutMs: number }): Agent {
  const connect = buildConnector({ timeout: options.connectTimeoutMs });
  return new Agent({
    connect(connectOptions, callback) {
      connect(connectOptions, (error, socket) => {
        if (error) {
          callback(error, null);
          return;
        }
        const refusal = options.allowPrivate ? null : addressRefusal(socket.remoteAddress ?? '');
        if (refusal) {
          // Before a byte of the request: at most a TLS handshake has happened.
          socket.destroy();
          callback(new RefusedAddressError(`Refused to connect to ${connectOptions.hostname}: ${refusal}`), null);
          return;
        }
        callback(null, socket);
      });
    },
  });
}
