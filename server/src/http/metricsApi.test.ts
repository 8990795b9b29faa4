import { describe, expect, it } from 'vitest';
import { scrapeAccess } from './metricsApi.js';

const local = { socketAddress: '127.0.0.1', forwarded: false, bearer: undefined };

describe('scrapeAccess', () => {
  it('without a token, answers loopback requests that no proxy forwarded, and no others', () => {
    expect(scrapeAccess(local, undefined)).toBe('ok');
    expect(scrapeAccess({ ...local, socketAddress: '::1' }, undefined)).toBe('ok');
    expect(scrapeAccess({ ...local, socketAddress: '::ffff:127.0.0.1' }, undefined)).toBe('ok');
    expect(scrapeAccess({ ...local, socketAddress: '192.168.1.20' }, undefined)).toBe('forbidden');
    expect(scrapeAccess({ ...local, socketAddress: '::ffff:10.0.0.2' }, undefined)).toBe('forbidden');
    expect(scrapeAccess({ ...local, socketAddress: '1270.0.0.1' }, undefined)).toBe('forbidden');
    expect(scrapeAccess({ ...local, socketAddress: undefined }, undefined)).toBe('forbidden');
    expect(scrapeAccess({ ...local, forwarded: true }, undefined)).toBe('forbidden');
  });

  it('with a token, requires it from everyone, loopback included', () => {
    const token = 'a-long-metrics-token';
    expect(scrapeAccess(local, token)).toBe('unauthorized');
    expect(scrapeAccess({ ...local, bearer: 'wrong' }, token)).toBe('unauthorized');
    expect(scrapeAccess({ ...local, bearer: token }, token)).toBe('ok');
    expect(scrapeAccess({ socketAddress: '203.0.113.9', forwarded: true, bearer: token }, token)).toBe('ok');
  });
});
