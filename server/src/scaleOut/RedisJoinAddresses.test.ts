import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startTestRedis, type TestRedis } from '../storage/testRedisServer.js';
import { RedisJoinAddresses } from './RedisJoinAddresses.js';

const LIMITS = { freeFailures: 3, forgiveMs: 60_000, backoffBaseMs: 1_000, maxBackoffMs: 8_000 };

describe.skipIf(!hasRedisServer)('RedisJoinAddresses (own redis-server)', () => {
  let redis: TestRedis;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await redis?.stop();
  });
  const instance = () => {
    const c = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    clients.push(c);
    return new RedisJoinAddresses(c, 'ja:', LIMITS);
  };

  it('holds one allowance and one doubling wait per address for every process', async () => {
    const [a, b] = [instance(), instance()];
    for (const p of [a, b, a]) await p.failed('10.0.0.1');
    // Three wrong codes, the free allowance, through two processes: no wait yet, for either.
    expect([await a.blockedFor('10.0.0.1'), await b.blockedFor('10.0.0.1')]).toEqual([0, 0]);
    await b.failed('10.0.0.1');
    const first = await a.blockedFor('10.0.0.1');
    expect(first).toBeGreaterThan(800);
    expect(first).toBeLessThanOrEqual(1_000);
    await a.failed('10.0.0.1');
    // The fifth doubles it.
    expect(await b.blockedFor('10.0.0.1')).toBeGreaterThan(1_800);
    // Another address is not held up.
    expect(await b.blockedFor('10.0.0.2')).toBe(0);
  });

  it('holds nobody up while Redis does not answer (the process keeps its own allowance)', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    clients.push(dead);
    const addresses = new RedisJoinAddresses(dead, 'ja2:', LIMITS);
    await addresses.failed('10.0.0.1');
    expect(await addresses.blockedFor('10.0.0.1')).toBe(0);
  });
});
