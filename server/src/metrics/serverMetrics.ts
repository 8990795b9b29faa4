/**
 * The server's metrics, by name. Counters are bumped where things happen (one call at each point);
 * gauges are read from their sources when `/metrics` is scraped. Names, types and labels are
 * listed in docs/operations.md ("Metrics"); keep the two in step.
 */
import type { Principal } from '../auth/credentials.js';
import { MetricsRegistry } from './MetricsRegistry.js';

export type ConnectionKind = 'yjs' | 'socketio';
type Role = Principal['role'];

/** Each limit that can turn work away, as counted in `majlis_rate_limited_total{limiter}`. */
export type Limiter =
  | 'join'
  | 'create'
  | 'import'
  | 'socket_commands'
  | 'command_queue_full'
  | 'command_too_late'
  | 'event_loop_lag'
  | 'yjs_messages'
  | 'yjs_sync'
  | 'connection_cap';

/** Loaded workshop docs right now. */
export interface DocStats {
  readonly open: number;
  readonly totalBytes: number;
  readonly largestBytes: number;
}

/** Event-loop delay over the last measuring window, in milliseconds. */
export interface LoopDelay {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Where the gauges read from; any left out reads as zero. */
export interface MetricSources {
  readonly docs?: () => DocStats;
  readonly loopDelay?: () => LoopDelay;
  readonly queuedCommands?: () => number;
}

export interface ServerMetrics {
  readonly registry: MetricsRegistry;
  connectionOpened(kind: ConnectionKind, role: Role): void;
  connectionClosed(kind: ConnectionKind, role: Role): void;
  /** A socket command answered; `result` is `ok` or the error code. */
  command(event: string, result: string): void;
  rateLimited(limiter: Limiter): void;
  securityEvent(event: string, reason: string): void;
  httpResponse(status: number): void;
}

const ROLES: readonly Role[] = ['facilitator', 'board', 'participant', 'scribe'];
const KINDS: readonly ConnectionKind[] = ['yjs', 'socketio'];
const NO_DOCS: DocStats = { open: 0, totalBytes: 0, largestBytes: 0 };
const NO_DELAY: LoopDelay = { p50Ms: 0, p99Ms: 0, maxMs: 0 };
const startedAt = Date.now() / 1000;

export function createServerMetrics(
  registry: MetricsRegistry = new MetricsRegistry(),
  sources: MetricSources = {},
): ServerMetrics {
  const open = new Map<string, number>(KINDS.flatMap((kind) => ROLES.map((role) => [`${kind}|${role}`, 0])));
  registry.gauge(
    'majlis_connections',
    'Open connections by kind (yjs, socketio) and role.',
    ['kind', 'role'],
    () =>
      KINDS.flatMap((kind) =>
        ROLES.map((role) => ({ labels: { kind, role }, value: open.get(`${kind}|${role}`) ?? 0 })),
      ),
  );
  const docs = () => sources.docs?.() ?? NO_DOCS;
  registry.gauge('majlis_workshops_open', 'Workshops whose doc is loaded in memory.', [], () => [
    { labels: {}, value: docs().open },
  ]);
  registry.gauge('majlis_docs_loaded_bytes', 'Stored bytes of every loaded workshop doc, summed.', [], () => [
    { labels: {}, value: docs().totalBytes },
  ]);
  registry.gauge('majlis_doc_largest_bytes', 'Stored bytes of the largest loaded workshop doc.', [], () => [
    { labels: {}, value: docs().largestBytes },
  ]);
  const commands = registry.counter(
    'majlis_commands_total',
    'Socket commands answered, by event and result (ok or the error code).',
    ['event', 'result'],
  );
  const limited = registry.counter(
    'majlis_rate_limited_total',
    'Requests, commands and messages turned away by a limit, by limiter.',
    ['limiter'],
  );
  const security = registry.counter(
    'majlis_security_events_total',
    'Security log events (refused joins, commands and credentials), by event and reason; every one, also those folded into one log line.',
    ['event', 'reason'],
  );
  const http = registry.counter('majlis_http_requests_total', 'HTTP responses by status class.', [
    'status_class',
  ]);
  registry.gauge('majlis_commands_queued', 'Socket commands waiting to run, across workshops.', [], () => [
    { labels: {}, value: sources.queuedCommands?.() ?? 0 },
  ]);
  registry.gauge(
    'majlis_event_loop_delay_seconds',
    'Event-loop delay over the last second: median (0.5), 99th percentile (0.99) and maximum (1).',
    ['quantile'],
    () => {
      const delay = sources.loopDelay?.() ?? NO_DELAY;
      return [
        { labels: { quantile: '0.5' }, value: delay.p50Ms / 1000 },
        { labels: { quantile: '0.99' }, value: delay.p99Ms / 1000 },
        { labels: { quantile: '1' }, value: delay.maxMs / 1000 },
      ];
    },
  );
  registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', [], () => [
    { labels: {}, value: process.memoryUsage.rss() },
  ]);
  registry.gauge(
    'process_start_time_seconds',
    'Start time of the process since the Unix epoch, in seconds.',
    [],
    () => [{ labels: {}, value: startedAt }],
  );

  const move = (kind: ConnectionKind, role: Role, by: number) => {
    const key = `${kind}|${role}`;
    open.set(key, Math.max(0, (open.get(key) ?? 0) + by));
  };
  return {
    registry,
    connectionOpened: (kind, role) => move(kind, role, 1),
    connectionClosed: (kind, role) => move(kind, role, -1),
    command: (event, result) => commands.inc({ event, result }),
    rateLimited: (limiter) => limited.inc({ limiter }),
    securityEvent: (event, reason) => security.inc({ event, reason }),
    httpResponse: (status) => http.inc({ status_class: `${Math.floor(status / 100)}xx` }),
  };
}
