import { describe, expect, it } from 'vitest';
import { addressKey } from '../src/auth/address-key.ts';

describe('addressKey', () => {
  it('keeps an IPv4 address whole', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const keys = [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0DB8:0001:0002::abcd',
      '2001:db8:1:2::%eth0',
    ];
    expect(new Set(keys.map(addressKey))).toEqual(new Set(['2001:db8:1:2::/64']));
  });

  it('tells different /64 networks apart, also when :: hides the difference', () => {
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:db8:0:1::1')).not.toBe(addressKey('2001:db8::1'));
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
