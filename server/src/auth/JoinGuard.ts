/**
 * The guard in front of typed join codes. A join code is six digits, so what keeps a stranger out
 * is how few wrong codes anyone may try, not how few requests: wrong codes cost, right ones do not.
 *
 * - Per address: a small allowance of wrong codes, then exponential backoff. Failures are forgiven
 *   slowly, so a venue's honest typos heal over the day while a guesser stays slow.
 * - Across all addresses: one failure budget (a token bucket refilled per hour), sized so that
 *   trying every code of one workshop takes more than a year (see `yearsToCoverCodeSpace`).
 * - A look-up is admitted before the store is asked, so a refused guess learns nothing; its cost is
 *   reserved up front and refunded when the code was right, so concurrent guesses cannot overdraw.
 * - Per address also a ceiling on requests of any kind: a backstop far above an honest crowd.
 *
 * Joins through the link (QR code, copied link) carry a key and never come here.
 */
import { JOIN_CODE_LENGTH } from '@majlis/shared';
import { RateLimiter, TokenBucket } from '../rateLimit.js';

export interface JoinGuardLimits {
  /** Wrong codes one address may send before it has to wait. */
  readonly freeFailures: number;
  /** One remembered failure of an address is forgiven per this many ms. */
  readonly forgiveMs: number;
  /** The first wait past the allowance; each further failure doubles it, up to `maxBackoffMs`. */
  readonly backoffBaseMs: number;
  readonly maxBackoffMs: number;
  /** Wrong codes from all addresses together: this many at once… */
  readonly globalBurst: number;
  /** …then this many per hour. */
  readonly globalPerHour: number;
  /**
   * Typed look-ups one address may have in flight at once. Each may be a wrong code, so this bounds
   * how much of the global budget one address can take in a single parallel burst.
   */
  readonly maxInFlight: number;
  /** Requests of any kind per address (preview and join alike): burst, then per second. */
  readonly requestBurst: number;
  readonly requestsPerSecond: number;
}

export const DEFAULT_JOIN_GUARD_LIMITS: JoinGuardLimits = {
  freeFailures: 10,
  forgiveMs: 10 * 60_000,
  backoffBaseMs: 1_000,
  maxBackoffMs: 15 * 60_000,
  globalBurst: 200,
  globalPerHour: 100,
  maxInFlight: 50,
  // 1,000 phones behind one NAT, each looking the code up and joining within 10 s, is 2,000
  // requests; the ceiling is far above that and only stops a flood.
  requestBurst: 5_000,
  requestsPerSecond: 500,
};

/** How many join codes there are. */
export const JOIN_CODE_SPACE = 10 ** JOIN_CODE_LENGTH;

const HOUR_MS = 3_600_000;
const YEAR_MS = 365 * 24 * HOUR_MS;

/**
 * Years it takes to try every code once at the global failure budget, starting with a full burst:
 * the bound on finding one given workshop by guessing, however many addresses the guesser has.
 */
export function yearsToCoverCodeSpace(limits: JoinGuardLimits): number {
  const hours = (JOIN_CODE_SPACE - limits.globalBurst) / limits.globalPerHour;
  return (hours * HOUR_MS) / YEAR_MS;
}

export type JoinRefusal = {
  readonly scope: 'address' | 'global' | 'requests';
  /** How long to wait before the next try is admitted. */
  readonly retryAfterMs: number;
};

export type GuardedLookup<T> =
  | { readonly kind: 'found'; readonly value: T }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly refusal: JoinRefusal };

interface AddressState {
  /** Failures not yet forgiven, as of `at`. */
  failures: number;
  at: number;
  blockedUntil: number;
  /** Look-ups admitted and not answered yet. */
  pending: number;
}

/** When idle addresses are dropped from memory: past this many, the forgiven ones go. */
const SWEEP_ABOVE = 10_000;

/**
 * The global failure budget as every process of a scale-out deployment shares it (in Redis), so N
 * processes do not allow N times the guesses. Taken like the process's own: before the look-up,
 * given back when the code was right.
 */
export interface SharedFailureBudget {
  take(): Promise<boolean>;
  giveBack(): Promise<void>;
  /**
   * How long `address` must still wait by the wrong codes it sent through every process (0: it
   * may try), so N processes do not give one address N times its allowance.
   */
  addressBlockedFor(address: string): Promise<number>;
  /** Counts a wrong code of `address` for every process, with the same allowance and backoff. */
  addressFailed(address: string): Promise<void>;
}

export class JoinGuard {
  private readonly addresses = new Map<string, AddressState>();
  private readonly global: TokenBucket;
  private readonly requests: RateLimiter;

  constructor(
    private readonly limits: JoinGuardLimits = DEFAULT_JOIN_GUARD_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly shared?: SharedFailureBudget,
  ) {
    this.global = new TokenBucket(limits.globalBurst, limits.globalPerHour / 3_600, now);
    this.requests = new RateLimiter(limits.requestBurst, limits.requestsPerSecond, now);
  }

  /** Counts one request of an address against the ceiling; a refusal when it is past it. */
  request(address: string): JoinRefusal | undefined {
    if (this.requests.take(address)) return undefined;
    return { scope: 'requests', retryAfterMs: Math.ceil(1_000 / this.limits.requestsPerSecond) };
  }

  /**
   * Looks a typed code up if this address and the global budget allow a try now. `find` is not
   * called when they do not; a code it does not find is charged to both.
   */
  async lookup<T>(address: string, find: () => Promise<T | undefined>): Promise<GuardedLookup<T>> {
    const refusal = this.admit(address);
    if (refusal) return { kind: 'refused', refusal };
    const state = this.state(address);
    state.pending += 1;
    const blockedFor = this.shared ? await this.shared.addressBlockedFor(address) : 0;
    if (blockedFor > 0) {
      // Past its allowance through other processes: nothing was tried.
      state.pending -= 1;
      this.global.giveBack();
      return { kind: 'refused', refusal: { scope: 'address', retryAfterMs: blockedFor } };
    }
    if (this.shared && !(await this.shared.take())) {
      // The deployment's budget is spent, though this process's is not: nothing was tried.
      state.pending -= 1;
      this.global.giveBack();
      const retryAfterMs = Math.ceil(HOUR_MS / this.limits.globalPerHour);
      return { kind: 'refused', refusal: { scope: 'global', retryAfterMs } };
    }
    let found: T | undefined;
    try {
      found = await find();
    } catch (err) {
      this.settle(address, state, false);
      void this.shared?.giveBack();
      throw err;
    }
    this.settle(address, state, found === undefined);
    if (found !== undefined) void this.shared?.giveBack();
    else await this.shared?.addressFailed(address);
    return found === undefined ? { kind: 'missing' } : { kind: 'found', value: found };
  }

  /** The budgets as they stand, for tests and metrics. */
  snapshot(address: string): { failures: number; blockedForMs: number; globalLeft: number } {
    const t = this.now();
    const state = this.addresses.get(address);
    return {
      failures: state ? this.forgiven(state, t) : 0,
      blockedForMs: state ? Math.max(0, state.blockedUntil - t) : 0,
      globalLeft: Math.floor(this.global.available()),
    };
  }

  private admit(address: string): JoinRefusal | undefined {
    const t = this.now();
    const state = this.addresses.get(address);
    if (state) {
      if (t < state.blockedUntil)
        return { scope: 'address', retryAfterMs: Math.ceil(state.blockedUntil - t) };
      // Parallel guesses are all admitted before the first is charged: past the allowance one try
      // at a time, and never more than `maxInFlight` (an honest crowd stays far below it).
      const past = this.forgiven(state, t) >= this.limits.freeFailures;
      if (state.pending >= (past ? 1 : this.limits.maxInFlight)) {
        return { scope: 'address', retryAfterMs: this.limits.backoffBaseMs };
      }
    }
    // The cost of a wrong code is taken now and given back if the code was right.
    if (!this.global.take()) return { scope: 'global', retryAfterMs: this.global.msUntilNext() };
    return undefined;
  }

  private settle(address: string, state: AddressState, failed: boolean): void {
    state.pending -= 1;
    if (!failed) {
      this.global.giveBack();
      if (state.pending === 0 && this.forgiven(state, this.now()) === 0) this.addresses.delete(address);
      return;
    }
    const t = this.now();
    state.failures = this.forgiven(state, t) + 1;
    state.at = t;
    // A failure partly forgiven still counts whole towards the wait.
    const over = Math.ceil(state.failures) - this.limits.freeFailures;
    if (over > 0) {
      const wait = Math.min(this.limits.maxBackoffMs, this.limits.backoffBaseMs * 2 ** (over - 1));
      state.blockedUntil = Math.max(state.blockedUntil, t + wait);
    }
  }

  private state(address: string): AddressState {
    let state = this.addresses.get(address);
    if (!state) {
      if (this.addresses.size > SWEEP_ABOVE) this.sweepAddresses(this.now());
      state = { failures: 0, at: this.now(), blockedUntil: 0, pending: 0 };
      this.addresses.set(address, state);
    }
    return state;
  }

  /** Failures still held against an address at `t`, after forgiving one per `forgiveMs`. */
  private forgiven(state: AddressState, t: number): number {
    return Math.max(0, state.failures - Math.max(0, t - state.at) / this.limits.forgiveMs);
  }

  private sweepAddresses(t: number): void {
    for (const [key, state] of this.addresses) {
      if (state.pending === 0 && t >= state.blockedUntil && this.forgiven(state, t) === 0) {
        this.addresses.delete(key);
      }
    }
  }
}
