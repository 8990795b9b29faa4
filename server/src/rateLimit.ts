/** A token bucket: `burst` actions at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Returns a token taken for something that turned out not to cost (never above the burst). */
  giveBack(): void {
    this.refill();
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }

  /** Tokens there are now (fractional while refilling). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** How long until the next whole token; 0 when there is one now. */
  msUntilNext(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}

/** Token buckets by key (an IP, a participant), forgetting keys that have been idle for a while. */
export class RateLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; seen: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const t = this.now();
    let entry = this.buckets.get(key);
    if (!entry) {
      if (this.buckets.size > 10_000) this.sweep(t);
      entry = { bucket: new TokenBucket(this.burst, this.perSecond, this.now), seen: t };
      this.buckets.set(key, entry);
    }
    entry.seen = t;
    return entry.bucket.take();
  }

  private sweep(t: number): void {
    const idleMs = (this.burst / this.perSecond) * 1000;
    for (const [key, entry] of this.buckets) if (t - entry.seen > idleMs) this.buckets.delete(key);
  }
}
