/**
 * The security log: one `warn` line for each refused join, refused or shed command and refused
 * credential, with an `event` field to filter on. A flood must not become a flood of lines: the
 * first refusal of a key (event, reason, channel, address, workshop) is written at once, the rest
 * are counted and written as one line with their `count` at most once a second. Every refusal is
 * also counted in the metrics, line or not.
 */
import type { Limiter, ServerMetrics } from './serverMetrics.js';

export type SecurityEventName =
  | 'join_refused'
  | 'request_refused'
  | 'command_refused'
  | 'credential_refused'
  | 'connection_capped'
  | 'yjs_refused';

export type Channel = 'http' | 'socketio' | 'yjs';

export interface SecurityEvent {
  readonly event: SecurityEventName;
  /** The error code answered (`rate_limited`, `not_found`, …) or the scheduler's refusal. */
  readonly reason: string;
  readonly channel: Channel;
  /** The client's address (behind a trusted proxy, the forwarded one). */
  readonly address: string | undefined;
  readonly workshopId?: string | undefined;
  /** The limit that refused it, when a limit did; counted by limiter in the metrics. */
  readonly limiter?: Limiter | undefined;
  readonly role?: string | undefined;
  /** The socket command, when it is one the protocol knows. */
  readonly command?: string | undefined;
  readonly closeCode?: number | undefined;
}

/** Lines for one key at most this often. */
const WINDOW_MS = 1_000;
/** Keys tracked at once; refusals from further addresses share one line (`address: "many"`). */
const MAX_KEYS = 256;

interface Window {
  readonly fields: Record<string, string | number>;
  lastLineAt: number;
  /** Refusals since the last line. */
  pending: number;
}

/** Only the fields named here reach the log, so nothing else a caller holds (a credential) can. */
function fieldsOf(e: SecurityEvent): Record<string, string | number> {
  const fields: Record<string, string | number> = {
    event: e.event,
    reason: e.reason,
    channel: e.channel,
    address: e.address ?? 'unknown',
  };
  if (e.workshopId !== undefined) fields.workshopId = e.workshopId;
  if (e.limiter !== undefined) fields.limiter = e.limiter;
  if (e.role !== undefined) fields.role = e.role;
  if (e.command !== undefined) fields.command = e.command;
  if (e.closeCode !== undefined) fields.closeCode = e.closeCode;
  return fields;
}

const keyOf = (f: Record<string, string | number>) =>
  [f.event, f.reason, f.channel, f.address, f.workshopId ?? ''].join('|');

export class SecurityLog {
  private readonly windows = new Map<string, Window>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly log: { warn(fields: object, message: string): void },
    private readonly metrics: Pick<ServerMetrics, 'securityEvent' | 'rateLimited'>,
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => this.tick(), WINDOW_MS / 2);
    this.timer.unref();
  }

  note(e: SecurityEvent): void {
    this.metrics.securityEvent(e.event, e.reason);
    if (e.limiter) this.metrics.rateLimited(e.limiter);
    let fields = fieldsOf(e);
    let key = keyOf(fields);
    if (!this.windows.has(key) && this.windows.size >= MAX_KEYS) {
      fields = { ...fields, address: 'many' };
      key = keyOf(fields);
    }
    const window = this.windows.get(key);
    if (window) {
      window.pending += 1;
      return;
    }
    this.windows.set(key, { fields, lastLineAt: this.now(), pending: 0 });
    this.write(fields, 1);
  }

  /** Writes the counts of keys whose second is over, and forgets keys that went quiet. */
  tick(): void {
    const t = this.now();
    for (const [key, window] of this.windows) {
      if (t - window.lastLineAt < WINDOW_MS) continue;
      if (window.pending === 0) {
        this.windows.delete(key);
        continue;
      }
      this.write(window.fields, window.pending);
      window.pending = 0;
      window.lastLineAt = t;
    }
  }

  /** Writes what is still counted and stops the timer (shutdown). */
  close(): void {
    clearInterval(this.timer);
    for (const window of this.windows.values())
      if (window.pending > 0) this.write(window.fields, window.pending);
    this.windows.clear();
  }

  private write(fields: Record<string, string | number>, count: number): void {
    this.log.warn({ ...fields, count }, String(fields.event).replace('_', ' '));
  }
}
