import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JOIN_GUARD_LIMITS,
  type GuardedLookup,
  JOIN_CODE_SPACE,
  JoinGuard,
  type JoinGuardLimits,
  yearsToCoverCodeSpace,
} from './JoinGuard.js';

function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const LIMITS: JoinGuardLimits = {
  freeFailures: 3,
  forgiveMs: 60_000,
  backoffBaseMs: 1_000,
  maxBackoffMs: 8_000,
  globalBurst: 20,
  globalPerHour: 3_600,
  maxInFlight: 5,
  requestBurst: 5,
  requestsPerSecond: 1,
};

const WORKSHOP = { id: 'ws_1' };
const right = () => Promise.resolve(WORKSHOP);
const wrong = () => Promise.resolve(undefined);
const kind = (r: GuardedLookup<unknown>) => r.kind;

describe('the join code space at the global failure budget', () => {
  it('takes more than a year to cover for one workshop, from a full burst', () => {
    const limits = DEFAULT_JOIN_GUARD_LIMITS;
    const hours = (JOIN_CODE_SPACE - limits.globalBurst) / limits.globalPerHour;
    expect(JOIN_CODE_SPACE).toBe(1_000_000);
    expect(hours / 24).toBeGreaterThan(365);
    expect(yearsToCoverCodeSpace(limits)).toBeGreaterThan(1);
  });

  it('is what the guard enforces: a day of guessing from a hundred addresses stays within it', async () => {
    const clock = fakeClock();
    const guard = new JoinGuard(DEFAULT_JOIN_GUARD_LIMITS, clock.now);
    let tried = 0;
    // Every address tries once a minute, all day: far faster than the budget allows.
    for (let minute = 0; minute < 24 * 60; minute++) {
      for (let a = 0; a < 100; a++) {
        if ((await guard.lookup(`10.0.0.${a}`, wrong)).kind === 'missing') tried += 1;
      }
      clock.advance(60_000);
    }
    const { globalBurst, globalPerHour } = DEFAULT_JOIN_GUARD_LIMITS;
    expect(tried).toBeLessThanOrEqual(globalBurst + 24 * globalPerHour);
    // At that pace, every code once takes more than a year.
    expect((JOIN_CODE_SPACE - globalBurst) / (tried - globalBurst)).toBeGreaterThan(365);
  });
});

describe('JoinGuard', () => {
  it('charges wrong codes only: right codes from the same address never run out', async () => {
    const guard = new JoinGuard(LIMITS, fakeClock().now);
    for (let i = 0; i < 100; i++) expect(kind(await guard.lookup('1.2.3.4', right))).toBe('found');
    expect(guard.snapshot('1.2.3.4')).toMatchObject({ failures: 0, blockedForMs: 0, globalLeft: 20 });
  });

  it('allows a few wrong codes, then backs off exponentially up to a cap', async () => {
    const clock = fakeClock();
    const guard = new JoinGuard(LIMITS, clock.now);
    for (let i = 0; i < 3; i++) expect(kind(await guard.lookup('1.2.3.4', wrong))).toBe('missing');
    expect(guard.snapshot('1.2.3.4').blockedForMs).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      expect(kind(await guard.lookup('1.2.3.4', wrong))).toBe('missing');
      const refused = await guard.lookup('1.2.3.4', right);
      if (refused.kind !== 'refused') throw new Error('expected a refusal');
      expect(refused.refusal.scope).toBe('address');
      waits.push(refused.refusal.retryAfterMs);
      clock.advance(refused.refusal.retryAfterMs);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('does not look a code up while the address waits, so a refused guess learns nothing', async () => {
    const guard = new JoinGuard(LIMITS, fakeClock().now);
    for (let i = 0; i < 4; i++) await guard.lookup('1.2.3.4', wrong);
    let asked = false;
    const r = await guard.lookup('1.2.3.4', async () => {
      asked = true;
      return WORKSHOP;
    });
    expect(r.kind).toBe('refused');
    expect(asked).toBe(false);
  });

  it('keeps addresses apart, and forgives one failure per forgiveMs', async () => {
    const clock = fakeClock();
    const guard = new JoinGuard(LIMITS, clock.now);
    for (let i = 0; i < 4; i++) await guard.lookup('1.2.3.4', wrong);
    expect(kind(await guard.lookup('1.2.3.4', right))).toBe('refused');
    expect(kind(await guard.lookup('5.6.7.8', right))).toBe('found');
    clock.advance(2 * 60_000);
    expect(guard.snapshot('1.2.3.4').failures).toBe(2);
    expect(kind(await guard.lookup('1.2.3.4', wrong))).toBe('missing');
    expect(guard.snapshot('1.2.3.4').blockedForMs).toBe(0);
  });

  it('admits at most maxInFlight parallel look-ups of an address, and one at a time past the allowance', async () => {
    const guard = new JoinGuard(LIMITS, fakeClock().now);
    const slow = () => new Promise<undefined>((r) => setTimeout(() => r(undefined), 1));
    const first = await Promise.all(Array.from({ length: 50 }, () => guard.lookup('1.2.3.4', slow)));
    expect(first.filter((r) => r.kind === 'missing')).toHaveLength(5);
    const other = new JoinGuard({ ...LIMITS, maxBackoffMs: 0, backoffBaseMs: 0 }, fakeClock().now);
    for (let i = 0; i < 3; i++) await other.lookup('1.2.3.4', wrong);
    const past = await Promise.all(Array.from({ length: 50 }, () => other.lookup('1.2.3.4', slow)));
    expect(past.filter((r) => r.kind === 'missing')).toHaveLength(1);
  });

  it('lets many right codes of one address run in parallel', async () => {
    const guard = new JoinGuard({ ...LIMITS, maxInFlight: 50, globalBurst: 50 }, fakeClock().now);
    const slowRight = () => new Promise<typeof WORKSHOP>((r) => setTimeout(() => r(WORKSHOP), 1));
    const results = await Promise.all(Array.from({ length: 40 }, () => guard.lookup('1.2.3.4', slowRight)));
    expect(results.every((r) => r.kind === 'found')).toBe(true);
  });

  it('shares one failure budget across addresses, refused before the look-up, refilled per hour', async () => {
    const clock = fakeClock();
    const guard = new JoinGuard(LIMITS, clock.now);
    for (let a = 0; a < 20; a++) expect(kind(await guard.lookup(`10.0.0.${a}`, wrong))).toBe('missing');
    let asked = false;
    const refused = await guard.lookup('10.0.1.1', async () => {
      asked = true;
      return WORKSHOP;
    });
    expect(refused).toEqual({ kind: 'refused', refusal: { scope: 'global', retryAfterMs: 1_000 } });
    expect(asked).toBe(false);
    clock.advance(1_000);
    expect(kind(await guard.lookup('10.0.1.1', right))).toBe('found');
  });

  it('never overdraws the global budget under concurrent guesses, and refunds right codes', async () => {
    const guard = new JoinGuard(LIMITS, fakeClock().now);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, a) =>
        guard.lookup(`10.0.0.${a}`, () => new Promise<undefined>((r) => setTimeout(() => r(undefined), 1))),
      ),
    );
    expect(results.filter((r) => r.kind === 'missing')).toHaveLength(20);
    expect(guard.snapshot('x').globalLeft).toBe(0);
  });

  it('refunds a look-up that threw', async () => {
    const guard = new JoinGuard(LIMITS, fakeClock().now);
    await expect(guard.lookup('1.2.3.4', () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    expect(guard.snapshot('1.2.3.4')).toMatchObject({ failures: 0, globalLeft: 20 });
  });

  it('keeps a ceiling on requests per address', () => {
    const clock = fakeClock();
    const guard = new JoinGuard(LIMITS, clock.now);
    for (let i = 0; i < 5; i++) expect(guard.request('1.2.3.4')).toBeUndefined();
    expect(guard.request('1.2.3.4')).toEqual({ scope: 'requests', retryAfterMs: 1_000 });
    expect(guard.request('5.6.7.8')).toBeUndefined();
    clock.advance(1_000);
    expect(guard.request('1.2.3.4')).toBeUndefined();
  });

  it('lets an honest crowd through: 1,000 right codes from one address within 10 s', async () => {
    const clock = fakeClock();
    const guard = new JoinGuard(DEFAULT_JOIN_GUARD_LIMITS, clock.now);
    let found = 0;
    for (let i = 0; i < 1_000; i++) {
      // Each phone looks the code up, then joins: two requests.
      expect(guard.request('198.51.100.7')).toBeUndefined();
      expect(guard.request('198.51.100.7')).toBeUndefined();
      if ((await guard.lookup('198.51.100.7', right)).kind === 'found') found += 1;
      clock.advance(10);
    }
    expect(found).toBe(1_000);
  });
});

describe('JoinGuard with a budget shared by several processes', () => {
  /**
   * The deployment's budget as Redis would keep it: `left` tokens, and each address's wrong codes
   * (no forgiveness here; the backoff rule is RedisJoinAddresses's, tested on a real Redis), shared
   * by every guard given it.
   */
  function sharedBudget(left: number, now: () => number = () => 0) {
    const failures = new Map<string, number>();
    const blockedUntil = new Map<string, number>();
    const budget = {
      left,
      take: async () => {
        if (budget.left < 1) return false;
        budget.left -= 1;
        return true;
      },
      giveBack: async () => {
        budget.left += 1;
      },
      addressBlockedFor: async (address: string) => Math.max(0, (blockedUntil.get(address) ?? 0) - now()),
      addressFailed: async (address: string) => {
        const n = (failures.get(address) ?? 0) + 1;
        failures.set(address, n);
        if (n > LIMITS.freeFailures) blockedUntil.set(address, now() + LIMITS.backoffBaseMs);
      },
    };
    return budget;
  }

  it('gives an address its allowance of wrong codes once, whichever processes it uses', async () => {
    const clock = fakeClock();
    const shared = sharedBudget(100, clock.now);
    const guards = [new JoinGuard(LIMITS, clock.now, shared), new JoinGuard(LIMITS, clock.now, shared)];
    const kinds: GuardedLookup<string>['kind'][] = [];
    // Three free and one more (it earns the first wait), two through each process.
    for (let i = 0; i < 4; i++)
      kinds.push((await (guards[i % 2] as JoinGuard).lookup('10.9.9.9', async () => undefined)).kind);
    expect(kinds).toEqual(['missing', 'missing', 'missing', 'missing']);
    // Each process alone has seen two, under its allowance; together the address must wait.
    const next = await (guards[0] as JoinGuard).lookup('10.9.9.9', async () => 'workshop');
    expect(next).toEqual({
      kind: 'refused',
      refusal: { scope: 'address', retryAfterMs: LIMITS.backoffBaseMs },
    });
    clock.advance(LIMITS.backoffBaseMs);
    expect((await (guards[1] as JoinGuard).lookup('10.9.9.9', async () => 'workshop')).kind).toBe('found');
  });

  it('refuses wrong codes once the shared budget is spent, though each process has its own left', async () => {
    const clock = fakeClock();
    const shared = sharedBudget(4);
    const guards = [new JoinGuard(LIMITS, clock.now, shared), new JoinGuard(LIMITS, clock.now, shared)];
    const results: GuardedLookup<string>['kind'][] = [];
    for (let i = 0; i < 6; i++) {
      const guard = guards[i % 2] as JoinGuard;
      results.push((await guard.lookup(`10.0.0.${i}`, async () => undefined)).kind);
    }
    expect(results).toEqual(['missing', 'missing', 'missing', 'missing', 'refused', 'refused']);
    // Refused before the store was asked, and the process's own budget was not charged for it.
    expect(guards[0]?.snapshot('10.0.0.9').globalLeft).toBe(LIMITS.globalBurst - 2);
  });

  it('gives the shared token back when the code was right', async () => {
    const clock = fakeClock();
    const shared = sharedBudget(1);
    const guard = new JoinGuard(LIMITS, clock.now, shared);
    expect((await guard.lookup('10.0.0.1', async () => 'workshop')).kind).toBe('found');
    expect(shared.left).toBe(1);
    expect((await guard.lookup('10.0.0.2', async () => undefined)).kind).toBe('missing');
    expect(shared.left).toBe(0);
  });
});
