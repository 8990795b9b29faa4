/**
 * The phone's outbox: delivers what the owner keeps waiting (ideas, ballots) and decides, with one
 * retry policy, what a failure means. Framework-free and given its clock, so its behaviour is tested
 * without a browser; the hooks keep the entries (in memory and on the device) and render them.
 *
 * Every entry carries an id of its own (an idea's clientId, a ballot's clientVoteId) from which the
 * server recognises a resend, so sending again after a lost ack is harmless: the outbox errs on the
 * side of sending twice, never of dropping.
 */
import type { FetchError } from '../api/apiFetch';
import { backoffMs, isRetryable } from './retryPolicy';

/** What the server (or the lack of one) made of one send. */
export type SendResult<A> = A | { readonly ok: false; readonly error: FetchError };

/** What became of an entry: taken, kept for a retry, or refused for good. */
export type Delivery<A> =
  | { readonly status: 'delivered'; readonly ack: A }
  | { readonly status: 'queued'; readonly error: FetchError }
  | { readonly status: 'refused'; readonly error: FetchError };

/** Timers, injected so that tests run on a fake clock. */
export interface Timers {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface OutboxConfig<E, A extends { readonly ok: true }> {
  /** The entries still to deliver, oldest first, as the owner holds them now. */
  readonly waiting: () => readonly E[];
  /** Two entries with the same key are one: a newer one replaces the older in the owner's list. */
  readonly keyOf: (entry: E) => string;
  readonly send: (entry: E) => Promise<SendResult<A>>;
  /** The server took the entry; the owner drops it from what is waiting. */
  readonly delivered: (entry: E, ack: A) => void;
  /**
   * The server refused the entry; the owner drops it from what is waiting. `late` when nobody was
   * waiting for the answer (a retry in the background), so the refusal must be kept to be read.
   */
  readonly refused: (entry: E, error: FetchError, late: boolean) => void;
  /** The keys on their way, after each change. */
  readonly onSending?: (keys: ReadonlySet<string>) => void;
  readonly timers?: Timers;
  /** 0..1, spreads the retries of many phones; Math.random unless a test fixes it. */
  readonly random?: () => number;
}

export interface Outbox<E, A> {
  /** Sends an entry the owner has just put in its list: now if online, else with the rest later. */
  readonly submit: (entry: E) => Promise<Delivery<A>>;
  /** Online: send what is waiting at once. Offline: nothing is tried until online again. */
  readonly setOnline: (online: boolean) => void;
  /** Sends what is waiting, in order; stops at the first failure worth retrying and plans a retry. */
  readonly flush: () => Promise<void>;
  readonly isSending: (key: string) => boolean;
  /** Stops the retry timer; used when the screen goes away. */
  readonly dispose: () => void;
}

const OFFLINE: FetchError = { code: 'network', message: 'offline' };

export function createOutbox<E, A extends { readonly ok: true }>(config: OutboxConfig<E, A>): Outbox<E, A> {
  const timers = config.timers ?? realTimers;
  const random = config.random ?? Math.random;
  // Counted, not flagged: a new ballot for a stage may leave while the previous one is still out.
  const inFlight = new Map<string, number>();
  let online = false;
  let flushing = false;
  let rerun = false;
  let failures = 0;
  let retry: unknown = null;

  const cancelRetry = () => {
    if (retry !== null) timers.clear(retry);
    retry = null;
  };

  // Each failure in a row waits longer; any answer from the server starts the count again.
  const planRetry = () => {
    failures += 1;
    if (!online || retry !== null) return;
    retry = timers.set(
      () => {
        retry = null;
        void flush();
      },
      backoffMs(failures, random()),
    );
  };

  const markSending = (key: string, on: boolean) => {
    const count = (inFlight.get(key) ?? 0) + (on ? 1 : -1);
    if (count > 0) inFlight.set(key, count);
    else inFlight.delete(key);
    config.onSending?.(new Set(inFlight.keys()));
  };

  async function attempt(entry: E, late: boolean): Promise<Delivery<A>> {
    const key = config.keyOf(entry);
    markSending(key, true);
    let result: SendResult<A>;
    try {
      result = await config.send(entry);
    } finally {
      markSending(key, false);
    }
    if (result.ok) {
      failures = 0;
      config.delivered(entry, result);
      return { status: 'delivered', ack: result };
    }
    if (isRetryable(result.error)) {
      planRetry();
      return { status: 'queued', error: result.error };
    }
    failures = 0;
    config.refused(entry, result.error, late);
    return { status: 'refused', error: result.error };
  }

  async function flush(): Promise<void> {
    if (!online) return;
    // A retry that comes due during a pass is run after it rather than lost.
    if (flushing) {
      rerun = true;
      return;
    }
    flushing = true;
    cancelRetry();
    try {
      do {
        rerun = false;
        for (const key of config.waiting().map(config.keyOf)) {
          // Read again at each step: an entry may have been delivered or replaced meanwhile.
          const entry = config.waiting().find((e) => config.keyOf(e) === key);
          if (!online) return;
          if (entry === undefined || inFlight.has(key)) continue;
          const delivery = await attempt(entry, true);
          if (delivery.status === 'queued') return;
        }
      } while (rerun && online);
    } finally {
      flushing = false;
    }
  }

  return {
    submit: async (entry) => (online ? attempt(entry, false) : { status: 'queued', error: OFFLINE }),
    setOnline: (next) => {
      if (next === online) return;
      online = next;
      cancelRetry();
      if (online) {
        failures = 0;
        void flush();
      }
    },
    flush,
    isSending: (key) => inFlight.has(key),
    dispose: () => {
      online = false;
      cancelRetry();
    },
  };
}
