import { describe, expect, it } from 'vitest';
import { addressKey } from './addressKey.js';

describe('addressKey', () => {
  it('counts an IPv4 address on its own, however Node writes it', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts IPv6 addresses by their /64, so one subscriber cannot rotate addresses', () => {
    const a = addressKey('2001:db8:aa:bb:1:2:3:4');
    expect(a).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:0db8:00aa:00bb:ffff::1')).toBe(a);
    expect(addressKey('2001:db8:aa:bb::')).toBe(a);
    expect(addressKey('2001:db8:aa:bc::1')).not.toBe(a);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('has a key for a missing address', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('')).toBe('unknown');
  });
});
