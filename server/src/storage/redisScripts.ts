/**
 * The Lua scripts behind `RedisStore`'s atomic steps. Redis runs a script without interleaving any
 * other command, so each is a compare-and-set that no other process can slip between.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

type Arg = string | number | Buffer;

/** How often a compare-and-set is retried before giving up; only a pathological write storm gets there. */
export const MAX_ATTEMPTS = 200;

/**
 * Reads a JSON record, changes it, and writes it back only if nobody wrote it meanwhile (`write` is a
 * compare-and-set), retrying with what they wrote: two changes at once, from any processes, both
 * land. A change that returns the record it was given writes nothing. Undefined when there is none.
 */
export async function updateRecord<T>(
  read: () => Promise<string | null>,
  write: (expected: string, next: string) => Promise<boolean>,
  change: (record: T) => T,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const raw = await read();
    if (raw === null) return undefined;
    const record = JSON.parse(raw) as T;
    const next = change(record);
    if (next === record || (await write(raw, JSON.stringify(next)))) return next;
  }
  throw new Error('gave up updating a record: too many concurrent writers');
}

/** A script run by its SHA1, sent in full only when Redis does not know it yet (after a restart). */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly Arg[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/** Sets KEYS[1] to ARGV[2] if it holds exactly ARGV[1] now (an empty ARGV[1]: if it is absent). 1 if set. */
export const compareAndSet = new LuaScript(`
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`);

/** The same for field ARGV[1] of hash KEYS[1]: set to ARGV[3] if it holds exactly ARGV[2]. */
export const compareAndSetField = new LuaScript(`
local current = redis.call('HGET', KEYS[1], ARGV[1]) or ''
if current ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1`);

/** Deletes KEYS[1] if it holds exactly ARGV[1]: releases a claim only while it is still ours. */
export const deleteIfEqual = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/** Claims every key of KEYS (setting each to the ARGV at its place) or, if any is taken, none. 1 if claimed. */
export const claimAll = new LuaScript(`
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
for i = 1, #KEYS do redis.call('SET', KEYS[i], ARGV[i]) end
return 1`);

/**
 * Replaces the first ARGV[2] updates of list KEYS[1] with the merged update ARGV[1]. Appends go to
 * the tail, so those made meanwhile stay after the merged one.
 */
export const compactList = new LuaScript(`
local n = math.min(tonumber(ARGV[2]), redis.call('LLEN', KEYS[1]))
if n <= 0 then return 0 end
redis.call('LTRIM', KEYS[1], n, -1)
redis.call('LPUSH', KEYS[1], ARGV[1])
return n`);

/**
 * Appends entry ARGV[2] to the audit list KEYS[1] only if it is entry number ARGV[1], that is, the
 * list holds ARGV[1] - 1 entries: an appender that read an older end of the chain must read again.
 */
export const appendAtSeq = new LuaScript(`
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) - 1 then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[2])
return 1`);

/**
 * Stores ballot ARGV[4] for participant ARGV[1] in the ballots hash KEYS[1] only if their stored
 * ballot is the one with clientVoteId ARGV[3] (ARGV[2] = 'none': only if none is stored). 1 if stored.
 */
export const castBallotIf = new LuaScript(`
local current = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == 'none' then
  if current then return 0 end
elseif not current or cjson.decode(current).clientVoteId ~= ARGV[3] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
return 1`);

/**
 * Appends update ARGV[2] to the doc log KEYS[1], numbers it (counter KEYS[2]) and publishes it on
 * channel ARGV[3] as `<ARGV[1]> <seq> <update>`, ARGV[1] being the appending process. One script, so
 * the numbers follow the order of the log and no other process sees an update it cannot number.
 */
export const appendAndPublish = new LuaScript(`
redis.call('RPUSH', KEYS[1], ARGV[2])
local seq = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[3], ARGV[1] .. ' ' .. seq .. ' ' .. ARGV[2])
return seq`);
