/**
 * Runs socket commands so that no workshop, and no burst, can hold the event loop: commands wait in
 * one queue per workshop, workshops take turns, only a few commands run at once, and the loop gets a
 * turn (`setImmediate`) between starts, so health checks, other workshops' commands and socket
 * pings are served in between. Work that cannot be done in time is refused at once instead of
 * stalling everyone: a full queue, a command that waited too long, or a loop already lagging.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface SchedulerLimits {
  /** Commands running at once, across workshops. */
  readonly concurrency: number;
  /** Commands one workshop may have waiting; more are refused. */
  readonly perWorkshopQueue: number;
  /** Commands waiting across all workshops; more are refused. */
  readonly totalQueue: number;
  /** A command still waiting after this long is refused rather than run late. */
  readonly maxWaitMs: number;
  /** A running command that has not finished after this long gives its slot back (it may still finish). */
  readonly maxRunMs: number;
  /** Above this event-loop delay (p50 over the last second), new participant commands are refused. */
  readonly lagLimitMs: number;
}

export const DEFAULT_SCHEDULER_LIMITS: SchedulerLimits = {
  concurrency: 8,
  perWorkshopQueue: 200,
  totalQueue: 2_000,
  maxWaitMs: 1_500,
  maxRunMs: 10_000,
  lagLimitMs: 150,
};

/** Why a command was not run. */
export type Refusal = 'queue_full' | 'too_late' | 'lagging';

/** The delay monitor's timer interval; its samples are this interval plus the delay. */
const LAG_RESOLUTION_MS = 10;

/** Answers sent in one turn of the loop at most; the rest wait for the next turn. */
const REPLIES_PER_TURN = 16;

interface Job {
  readonly run: () => Promise<void>;
  readonly refuse: (why: Refusal) => void;
  readonly queuedAt: number;
}

export class CommandScheduler {
  private readonly queues = new Map<string, Job[]>();
  /** Workshops with waiting jobs, in turn order. */
  private readonly turns: string[] = [];
  private running = 0;
  private waiting = 0;
  private pumpScheduled = false;
  private readonly lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  private delay = { p50Ms: 0, p99Ms: 0, maxMs: 0 };
  private readonly lagTimer: NodeJS.Timeout;
  private readonly replies = new Map<string, Array<() => void>>();
  private readonly replyTurns: string[] = [];
  private repliesScheduled = false;

  constructor(
    private readonly limits: SchedulerLimits = DEFAULT_SCHEDULER_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lag.enable();
    this.lagTimer = setInterval(() => {
      this.delay = {
        p50Ms: this.lag.percentile(50) / 1e6,
        p99Ms: this.lag.percentile(99) / 1e6,
        maxMs: this.lag.max / 1e6,
      };
      this.lag.reset();
    }, 1_000);
    this.lagTimer.unref();
  }

  /**
   * Queues `task` for `workshopId`. `refuse` is called instead of `task` when it cannot be run in
   * time. `shed` marks work that may be refused while the loop lags (participants'); the
   * facilitator's commands are still queued then, so the room can be run through a storm.
   */
  submit(workshopId: string, shed: boolean, task: () => Promise<void>, refuse: (why: Refusal) => void): void {
    if (shed && this.delay.p50Ms > this.limits.lagLimitMs) {
      refuse('lagging');
      return;
    }
    const queue = this.queues.get(workshopId) ?? [];
    if (queue.length >= this.limits.perWorkshopQueue || this.waiting >= this.limits.totalQueue) {
      refuse('queue_full');
      return;
    }
    if (queue.length === 0) {
      this.queues.set(workshopId, queue);
      this.turns.push(workshopId);
    }
    queue.push({ run: task, refuse, queuedAt: this.now() });
    this.waiting += 1;
    this.schedulePump();
  }

  /**
   * Sends an answer soon, a few per turn of the loop, workshops taking turns: writing a socket frame
   * costs a system call, and two thousand refusals written in one go would hold the loop as long as
   * running them would, and make another workshop's answer wait behind them.
   */
  reply(workshopId: string, send: () => void): void {
    const queue = this.replies.get(workshopId);
    if (queue) queue.push(send);
    else {
      this.replies.set(workshopId, [send]);
      this.replyTurns.push(workshopId);
    }
    if (this.repliesScheduled) return;
    this.repliesScheduled = true;
    setImmediate(() => this.flushReplies());
  }

  private flushReplies(): void {
    for (let sent = 0; sent < REPLIES_PER_TURN && this.replyTurns.length > 0; sent++) {
      const workshopId = this.replyTurns.shift() as string;
      const queue = this.replies.get(workshopId) ?? [];
      queue.shift()?.();
      if (queue.length > 0) this.replyTurns.push(workshopId);
      else this.replies.delete(workshopId);
    }
    if (this.replyTurns.length > 0) setImmediate(() => this.flushReplies());
    else this.repliesScheduled = false;
  }

  /** Event-loop delay over the last second, beyond the monitor's own timer interval; for the metrics. */
  get loopDelay(): { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number } {
    const beyond = (ms: number) => Math.max(0, ms - LAG_RESOLUTION_MS);
    return {
      p50Ms: beyond(this.delay.p50Ms),
      p99Ms: beyond(this.delay.p99Ms),
      maxMs: beyond(this.delay.maxMs),
    };
  }

  /** Commands waiting now, across workshops. */
  get queued(): number {
    return this.waiting;
  }

  close(): void {
    clearInterval(this.lagTimer);
    this.lag.disable();
  }

  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** Starts one job (the next workshop's turn), then yields to the loop before starting another. */
  private pump(): void {
    if (this.running >= this.limits.concurrency) return;
    const workshopId = this.turns.shift();
    if (workshopId === undefined) return;
    const queue = this.queues.get(workshopId) ?? [];
    const job = queue.shift();
    if (queue.length > 0) this.turns.push(workshopId);
    else this.queues.delete(workshopId);
    if (job) {
      this.waiting -= 1;
      if (this.now() - job.queuedAt > this.limits.maxWaitMs) job.refuse('too_late');
      else {
        this.running += 1;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          clearTimeout(stuck);
          this.running -= 1;
          this.schedulePump();
        };
        // A command stuck on something (a store that stopped answering) must not hold a slot for good.
        const stuck = setTimeout(release, this.limits.maxRunMs);
        stuck.unref();
        job
          .run()
          .catch(() => undefined)
          .finally(release);
      }
    }
    if (this.turns.length > 0) this.schedulePump();
  }
}
