import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startTestRedis, type TestRedis } from '../storage/testRedisServer.js';
import { RedisRateLimiter } from './RedisRateLimiter.js';

describe.skipIf(!hasRedisServer)('RedisRateLimiter (own redis-server)', () => {
  let redis: TestRedis;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await redis?.stop();
  });
  const client = () => {
    const c = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    clients.push(c);
    return c;
  };

  it('holds one budget for every process that takes from it', async () => {
    // Two processes, each with its own connection, on one key: 10 at once, then 1 a second.
    const [a, b] = [
      new RedisRateLimiter(client(), 'rl1:', 10, 1),
      new RedisRateLimiter(client(), 'rl1:', 10, 1),
    ];
    const taken = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).take('p1')));
    expect(taken.filter(Boolean)).toHaveLength(10);
    expect(await a.take('p2')).toBe(true);
    await a.giveBack('p1');
    expect(await b.take('p1')).toBe(true);
    expect(await b.take('p1')).toBe(false);
  });

  it('lets actions through while Redis does not answer (the process keeps its own limit)', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    clients.push(dead);
    expect(await new RedisRateLimiter(dead, 'rl2:', 1, 1).take('p')).toBe(true);
  });
});
