/**
 * Closes the guests' live connections (participants, scribes, boards) of an ended workshop when
 * its grace period runs out. One timer per workshop, however many connections and however often
 * it is told; a restarted server learns of it again from the first guest that reconnects.
 */

/** setTimeout fires at once past this (about 24.8 days); longer waits are taken in steps. */
const MAX_TIMER_MS = 2_147_483_647;

export class GuestExpiry {
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly now: () => number,
    private readonly expire: (workshopId: string) => void,
  ) {}

  /** Closes the workshop's guests at `at` (at once when it has passed). */
  watch(workshopId: string, at: number): void {
    const existing = this.timers.get(workshopId);
    if (existing && existing.at <= at) return;
    if (existing) clearTimeout(existing.timer);
    this.arm(workshopId, at);
  }

  /** Stops every timer (shutdown). */
  close(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private arm(workshopId: string, at: number): void {
    const wait = Math.max(0, at - this.now());
    const timer = setTimeout(
      () => {
        if (this.now() < at) return this.arm(workshopId, at);
        this.timers.delete(workshopId);
        this.expire(workshopId);
      },
      Math.min(wait, MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(workshopId, { at, timer });
  }
}
