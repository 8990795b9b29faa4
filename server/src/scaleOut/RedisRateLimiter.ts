/**
 * A token bucket per key kept in Redis, so that one participant using two processes at once gets one
 * budget, not one per process. The bucket's arithmetic runs in Lua on Redis's clock; a key idle long
 * enough to be full again expires. While Redis does not answer, it lets the action through: the
 * process's own limiter still holds, and the action itself will fail as `unavailable` if it needs
 * Redis.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../storage/redisScripts.js';

const takeToken = new LuaScript(`
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'last')
local tokens = tonumber(stored[1]) or burst
local last = tonumber(stored[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - last) / 1000 * rate)
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'last', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return taken`);

/** Gives one token back to bucket KEYS[1] (burst ARGV[1]), as a right join code does. */
const giveTokenBack = new LuaScript(`
local tokens = tonumber(redis.call('HGET', KEYS[1], 'tokens'))
if not tokens then return 0 end
redis.call('HSET', KEYS[1], 'tokens', tostring(math.min(tonumber(ARGV[1]), tokens + 1)))
return 1`);

export class RedisRateLimiter {
  constructor(
    private readonly redis: Redis,
    /** Key prefix of this limiter's buckets, e.g. `majlis:rate:commands:`. */
    private readonly prefix: string,
    private readonly burst: number,
    private readonly perSecond: number,
  ) {}

  /** Returns a token taken for something that turned out not to cost. */
  async giveBack(key: string): Promise<void> {
    await giveTokenBack.run(this.redis, [`${this.prefix}${key}`], [this.burst]).catch(() => undefined);
  }

  /** Takes one token of `key`'s bucket; false when it is empty. */
  async take(key: string): Promise<boolean> {
    try {
      return (await takeToken.run(this.redis, [`${this.prefix}${key}`], [this.burst, this.perSecond])) === 1;
    } catch {
      return true;
    }
  }
}
