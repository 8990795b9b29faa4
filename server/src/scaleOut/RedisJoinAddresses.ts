/**
 * The join guard's per-address allowance as every process of a deployment shares it: each address's
 * wrong codes (forgiven one per `forgiveMs`) and the wait they earned, in a Redis hash per address,
 * computed in Lua on Redis's clock with the same rule as `JoinGuard` (a few free, then a wait that
 * doubles). While Redis does not answer, an address is not held up here: the process's own
 * allowance and the global budget still hold.
 */
import type { Redis } from 'ioredis';
import type { JoinGuardLimits } from '../auth/JoinGuard.js';
import { LuaScript } from '../storage/redisScripts.js';

/** ms the address must still wait (0: it may try). */
const blockedFor = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blockedUntil')) or 0
return math.max(0, blocked - now)`);

/** Counts one wrong code: ARGV = freeFailures, forgiveMs, backoffBaseMs, maxBackoffMs. */
const failed = new LuaScript(`
local free = tonumber(ARGV[1])
local forgive = tonumber(ARGV[2])
local base = tonumber(ARGV[3])
local longest = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'failures', 'at', 'blockedUntil')
local failures = tonumber(stored[1]) or 0
local at = tonumber(stored[2]) or now
local blocked = tonumber(stored[3]) or 0
failures = math.max(0, failures - math.max(0, now - at) / forgive) + 1
local over = math.ceil(failures) - free
if over > 0 then
  blocked = math.max(blocked, now + math.min(longest, base * 2 ^ (over - 1)))
end
redis.call('HSET', KEYS[1], 'failures', tostring(failures), 'at', tostring(now), 'blockedUntil', tostring(blocked))
redis.call('PEXPIRE', KEYS[1], math.ceil(failures * forgive) + longest)
return 1`);

export class RedisJoinAddresses {
  constructor(
    private readonly redis: Redis,
    /** Key prefix, e.g. `majlis:join:address:`. */
    private readonly prefix: string,
    private readonly limits: Pick<
      JoinGuardLimits,
      'freeFailures' | 'forgiveMs' | 'backoffBaseMs' | 'maxBackoffMs'
    >,
  ) {}

  async blockedFor(address: string): Promise<number> {
    try {
      return Number(await blockedFor.run(this.redis, [`${this.prefix}${address}`], []));
    } catch {
      return 0;
    }
  }

  async failed(address: string): Promise<void> {
    const { freeFailures, forgiveMs, backoffBaseMs, maxBackoffMs } = this.limits;
    await failed
      .run(this.redis, [`${this.prefix}${address}`], [freeFailures, forgiveMs, backoffBaseMs, maxBackoffMs])
      .catch(() => undefined);
  }
}
