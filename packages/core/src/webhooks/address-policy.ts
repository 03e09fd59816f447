import ipaddr from 'ipaddr.js';

/**
 * Why a webhook may not connect to `address`, or null when it may: only ordinary public unicast
 * addresses are allowed. ipaddr.js names every special range (loopback, private, link-local with
 * the cloud metadata address 169.254.169.254, unique-local with fd00:ec2::254, carrier-grade NAT,
 * multicast, unspecified, reserved, 6to4, Teredo, …), so anything but `unicast` is refused; an
 * IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
 */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address || 'an unknown address'} is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : `${parsed.toString()} is a ${range} address`;
}
