/**
 * The figures of the side-by-side benchmark, apart from the processes that make them (compare.ts):
 * the workloads and their plans, the merge of what the generators saw, the medians over runs and the
 * Markdown tables. No side effects, so it is unit-tested.
 */
import type { GeneratorResult, Plan, ServerKind } from './generator.js';
import { median, type Spread, spread } from './marker.js';
export const WORKLOADS = ['a', 'b', 'c', 'd'] as const;
export type WorkloadId = (typeof WORKLOADS)[number];
export const SERVERS: readonly ServerKind[] = ['ywss', 'hocuspocus', 'majlis'];
export const SERVER_NAMES: Record<ServerKind, string> = {
  ywss: '@y/websocket-server 0.1.1',
  hocuspocus: '@hocuspocus/server 4.7.0',
  majlis: 'Majlis (production start, embedded store)',
};

export interface Settings {
  runs: number;
  scale: number;
  seconds: number;
  bursts: number;
  workloads: WorkloadId[];
  servers: ServerKind[];
  generators: number;
  drainMs: number;
  out: string;
  docs: boolean;
}

export interface Workload {
  id: WorkloadId;
  title: string;
  /** Full clients (a, b) or writers only (c, d). */
  writers: number;
  receivers: number;
  plan: Plan;
}

export function workload(id: WorkloadId, s: Settings): Workload {
  const n = (count: number) => Math.max(2, Math.round(count * s.scale));
  switch (id) {
    case 'a': {
      const clients = n(100);
      // Every edit reaches the other clients: ~5,000 deliveries per second at full size.
      const rate = (5_000 * s.scale) / (clients - 1);
      const edits = Math.max(clients, Math.round(rate * s.seconds));
      const plan: Plan = {
        mode: 'paced',
        writers: clients,
        rate,
        edits,
        burstGapMs: 0,
        writersReceive: true,
      };
      return {
        id,
        title: `a. ${clients} full clients editing round-robin, ~${Math.round(rate * (clients - 1)).toLocaleString('en')} deliveries/s`,
        writers: clients,
        receivers: 0,
        plan,
      };
    }
    case 'b': {
      const clients = n(100);
      const plan: Plan = {
        mode: 'burst',
        writers: clients,
        rate: 0,
        edits: clients * s.bursts,
        burstGapMs: 1_000,
        writersReceive: true,
      };
      return {
        id,
        title: `b. burst: ${clients} clients edit at the same instant (last receiver), ${s.bursts} bursts`,
        writers: clients,
        receivers: 0,
        plan,
      };
    }
    case 'c':
    case 'd': {
      const receivers = n(id === 'c' ? 1_000 : 5_000);
      const rate = id === 'c' ? 200 : 50;
      const edits = Math.round(rate * s.seconds);
      const plan: Plan = { mode: 'paced', writers: 4, rate, edits, burstGapMs: 0, writersReceive: false };
      return {
        id,
        title: `${id}. ${receivers.toLocaleString('en')} receivers, 4 writers, ${rate} edits/s`,
        writers: 4,
        receivers,
        plan,
      };
    }
  }
}

export interface Measurement {
  server: ServerKind;
  workload: WorkloadId;
  run: number;
  connections: number;
  edits: number;
  connectMs: number;
  delivery: Spread;
  expected: number;
  delivered: number;
  /** Per edit, from its send until the last receiver had it: p50 / p99 / max over the edits. */
  lastReceiver: Spread;
  /** b: per burst, from its first send until the last receiver had every edit of it. */
  burst?: Spread;
  serverCpuSeconds: number;
  rssIdleKiB: number;
  rssConnectedKiB: number;
  rssAfterKiB: number;
  rssPerConnectionKiB: number;
  generatorCpuPercent: number;
  dropped: number;
  valid: boolean;
}

export function merge(
  results: GeneratorResult[],
  w: Workload,
): Pick<Measurement, 'delivery' | 'expected' | 'delivered' | 'lastReceiver' | 'burst' | 'dropped'> {
  const edits = w.plan.edits;
  const counts = new Uint32Array(edits);
  const lastUs = new Float64Array(edits);
  const sentUs = new Float64Array(edits).fill(Number.NaN);
  let total = 0;
  for (const r of results) total += r.latencies.length;
  const latencies = new Float64Array(total);
  let at = 0;
  for (const r of results) {
    latencies.set(r.latencies, at);
    at += r.latencies.length;
    for (let k = 0; k < edits; k++) {
      counts[k] = (counts[k] as number) + (r.counts[k] as number);
      if ((r.lastUs[k] as number) > (lastUs[k] as number)) lastUs[k] = r.lastUs[k] as number;
      if (Number.isNaN(sentUs[k]) && !Number.isNaN(r.sentUs[k])) sentUs[k] = r.sentUs[k] as number;
    }
  }
  const perEdit: number[] = [];
  for (let k = 0; k < edits; k++)
    if ((counts[k] as number) > 0) perEdit.push(((lastUs[k] as number) - (sentUs[k] as number)) / 1000);
  let burst: Spread | undefined;
  if (w.plan.mode === 'burst') {
    const perBurst: number[] = [];
    for (let b = 0; b < edits / w.plan.writers; b++) {
      let first = Number.POSITIVE_INFINITY;
      let last = 0;
      for (let i = b * w.plan.writers; i < (b + 1) * w.plan.writers; i++) {
        first = Math.min(first, sentUs[i] as number);
        last = Math.max(last, lastUs[i] as number);
      }
      if (Number.isFinite(first) && last > 0) perBurst.push((last - first) / 1000);
    }
    burst = spread(perBurst);
  }
  return {
    delivery: spread(latencies),
    expected: results.reduce((s, r) => s + r.expected, 0),
    delivered: results.reduce((s, r) => s + r.received, 0),
    lastReceiver: spread(perEdit),
    ...(burst ? { burst } : {}),
    dropped: results.reduce((s, r) => s + r.dropped, 0),
  };
}

export interface Summary {
  server: ServerKind;
  workload: WorkloadId;
  runs: number;
  invalidRuns: number;
  /** Medians over the runs. */
  deliveryP50: number;
  deliveryP95: number;
  deliveryP99: number;
  deliveryMax: number;
  lastReceiverP99: number;
  burstLastP99: number;
  deliveredShare: number;
  serverCpuSeconds: number;
  rssIdleMiB: number;
  rssConnectedMiB: number;
  rssAfterMiB: number;
  rssPerConnectionKiB: number;
  generatorCpuPercent: number;
  /** The busiest run's generator: what an INVALID mark is about. */
  generatorCpuMaxPercent: number;
}

export function summarize(all: Measurement[]): Summary[] {
  const out: Summary[] = [];
  const keys = new Set(all.map((m) => `${m.workload}|${m.server}`));
  for (const key of keys) {
    const runs = all.filter((m) => `${m.workload}|${m.server}` === key);
    const first = runs[0] as Measurement;
    const med = (f: (m: Measurement) => number) => median(runs.map(f));
    out.push({
      server: first.server,
      workload: first.workload,
      runs: runs.length,
      invalidRuns: runs.filter((m) => !m.valid).length,
      deliveryP50: med((m) => m.delivery.p50),
      deliveryP95: med((m) => m.delivery.p95),
      deliveryP99: med((m) => m.delivery.p99),
      deliveryMax: med((m) => m.delivery.max),
      lastReceiverP99: med((m) => m.lastReceiver.p99),
      burstLastP99: med((m) => m.burst?.p99 ?? Number.NaN),
      deliveredShare: med((m) => (m.expected > 0 ? m.delivered / m.expected : Number.NaN)),
      serverCpuSeconds: med((m) => m.serverCpuSeconds),
      rssIdleMiB: med((m) => m.rssIdleKiB / 1024),
      rssConnectedMiB: med((m) => m.rssConnectedKiB / 1024),
      rssAfterMiB: med((m) => m.rssAfterKiB / 1024),
      rssPerConnectionKiB: med((m) => m.rssPerConnectionKiB),
      generatorCpuPercent: med((m) => m.generatorCpuPercent),
      generatorCpuMaxPercent: Math.max(...runs.map((m) => m.generatorCpuPercent)),
    });
  }
  return out;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '–';

/** The figure a workload is judged by: last-receiver time for the burst, delivery p99 otherwise. */
const headline = (x: Summary) => (x.workload === 'b' ? x.burstLastP99 : x.deliveryP99);

export function markdownTables(
  summaries: Summary[],
  titles: Map<WorkloadId, string>,
  servers: ServerKind[],
): string {
  const find = (w: WorkloadId, k: ServerKind) => summaries.find((x) => x.workload === w && x.server === k);
  const peers = servers.filter((k) => k !== 'majlis');
  const flag = (x: Summary) =>
    x.invalidRuns > 0
      ? ` **INVALID** in ${x.invalidRuns} of ${x.runs} (generator up to ${fmt(x.generatorCpuMaxPercent)} %)`
      : '';
  const cell = (x: Summary | undefined) => {
    if (!x) return '–';
    const main =
      x.workload === 'b'
        ? `${fmt(x.burstLastP99)} ms`
        : `${fmt(x.deliveryP99)} / ${fmt(x.lastReceiverP99)} ms`;
    const missing = x.deliveredShare < 1 ? `, ${fmt(x.deliveredShare * 100, 1)} % delivered` : '';
    return `${main}, ${fmt(x.rssPerConnectionKiB)} KiB${missing}${flag(x)}`;
  };
  const lines = [
    `| workload | ${servers.map((k) => SERVER_NAMES[k]).join(' | ')} | Majlis / better peer |`,
    `| --- | ${servers.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const [w, title] of titles) {
    const majlis = find(w, 'majlis');
    const best = Math.min(
      ...peers
        .map((k) => find(w, k))
        .filter((x) => x !== undefined)
        .map(headline),
    );
    const ratio = majlis && Number.isFinite(best) && best > 0 ? headline(majlis) / best : Number.NaN;
    const verdict = Number.isFinite(ratio) ? `${fmt(ratio, 2)}${ratio > 1 ? ' (behind)' : ''}` : '–';
    lines.push(`| ${title} | ${servers.map((k) => cell(find(w, k))).join(' | ')} | ${verdict} |`);
  }
  lines.push(
    '',
    '| workload | server | delivery p50 / p95 / p99 / max (ms) | last receiver p99 (ms) | delivered | server CPU (s) | RSS idle / connected / after (MiB) | RSS per connection (KiB) | generator CPU | runs |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [w] of titles) {
    for (const k of servers) {
      const x = find(w, k);
      if (!x) continue;
      const last =
        w === 'b' ? `${fmt(x.lastReceiverP99)} (burst ${fmt(x.burstLastP99)})` : fmt(x.lastReceiverP99);
      lines.push(
        `| ${w} | ${SERVER_NAMES[k]} | ${fmt(x.deliveryP50, 1)} / ${fmt(x.deliveryP95, 1)} / ${fmt(x.deliveryP99, 1)} / ${fmt(x.deliveryMax, 1)} | ${last} | ${fmt(x.deliveredShare * 100, 1)} % | ${fmt(x.serverCpuSeconds, 2)} | ${fmt(x.rssIdleMiB, 1)} / ${fmt(x.rssConnectedMiB, 1)} / ${fmt(x.rssAfterMiB, 1)} | ${fmt(x.rssPerConnectionKiB, 1)} | ${fmt(x.generatorCpuPercent)} %${x.invalidRuns > 0 ? `, INVALID in ${x.invalidRuns} (up to ${fmt(x.generatorCpuMaxPercent)} %)` : ''} | ${x.runs} |`,
      );
    }
  }
  const others = peers.filter((k) => summaries.some((x) => x.server === k));
  if (servers.includes('majlis') && others.length > 0) {
    const ratio = (a: number, b: number) =>
      Number.isFinite(a) && Number.isFinite(b) && b > 0 ? fmt(a / b, 2) : '–';
    lines.push(
      '',
      `| Majlis ÷ peer (below 1: Majlis ahead) | ${others.map((k) => `÷ ${SERVER_NAMES[k]}: delivery p99 / last receiver p99 / server CPU / RSS per connection`).join(' | ')} |`,
      `| --- | ${others.map(() => '---').join(' | ')} |`,
    );
    for (const [w] of titles) {
      const m = find(w, 'majlis');
      if (!m) continue;
      const cells = others.map((k) => {
        const p = find(w, k);
        if (!p) return '–';
        const last =
          w === 'b' ? ratio(m.burstLastP99, p.burstLastP99) : ratio(m.lastReceiverP99, p.lastReceiverP99);
        return `${ratio(m.deliveryP99, p.deliveryP99)} / ${last} / ${ratio(m.serverCpuSeconds, p.serverCpuSeconds)} / ${ratio(m.rssPerConnectionKiB, p.rssPerConnectionKiB)}`;
      });
      lines.push(`| ${w} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
