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
    if (!this.peek()) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when a token could be taken now; takes none. */
  peek(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, t - this.last) / 1000) * this.perSecond);
    this.last = t;
    return this.tokens >= 1;
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

  /** True when `key` could take a token now; takes none (for limits that count only failures). */
  peek(key: string): boolean {
    return this.buckets.get(key)?.bucket.peek() ?? true;
  }

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
