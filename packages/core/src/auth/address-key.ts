import { isIPv6 } from 'node:net';

/** The eight hextets of an IPv6 address, `::` expanded (an embedded IPv4 tail stays as one part). */
function hextets(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0');
  return [...left, ...zeros, ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * Who a client address stands for when counting attempts: an IPv4 address as it is, an IPv6 address
 * by its /64 network — one subscriber gets a whole /64 and could otherwise rotate through it.
 */
export function addressKey(address: string): string {
  return isIPv6(address) ? `${hextets(address).slice(0, 4).join(':')}::/64` : address;
}
