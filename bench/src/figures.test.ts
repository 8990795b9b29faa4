import { describe, expect, it } from 'vitest';
import { type Measurement, markdownTables, merge, type Settings, summarize, workload } from './figures.js';
import { editsBy, type GeneratorResult } from './generator.js';
import { spread } from './marker.js';

const full: Settings = {
  runs: 3,
  scale: 1,
  seconds: 5,
  bursts: 10,
  workloads: ['a', 'b', 'c', 'd'],
  servers: ['ywss', 'hocuspocus', 'majlis'],
  generators: 1,
  drainMs: 20_000,
  out: '/dev/null',
  docs: false,
};

describe('workloads', () => {
  it('are the issue table at full size', () => {
    const a = workload('a', full);
    expect(a.writers).toBe(100);
    expect(a.plan.rate * 99).toBeCloseTo(5_000);
    const b = workload('b', full);
    expect(b.plan).toMatchObject({ mode: 'burst', writers: 100, edits: 1_000 });
    expect(workload('c', full)).toMatchObject({
      receivers: 1_000,
      writers: 4,
      plan: { rate: 200, edits: 1_000 },
    });
    expect(workload('d', full)).toMatchObject({
      receivers: 5_000,
      writers: 4,
      plan: { rate: 50, edits: 250 },
    });
  });

  it('share every edit among the writers', () => {
    for (const id of ['a', 'b', 'c', 'd'] as const) {
      const { plan } = workload(id, { ...full, scale: 0.1, seconds: 1.3 });
      let sum = 0;
      for (let w = 0; w < plan.writers; w++) sum += editsBy(plan, w);
      expect(sum).toBe(plan.edits);
    }
  });
});

/** What one generator saw of `edits` edits sent at 0 µs: `latencies[k]` ms for edit k, once each. */
function seen(edits: number, latencies: Array<number | undefined>): GeneratorResult {
  const counts = new Uint32Array(edits);
  const lastUs = new Float64Array(edits);
  const sentUs = new Float64Array(edits).fill(Number.NaN);
  const got: number[] = [];
  latencies.forEach((ms, k) => {
    if (ms === undefined) return;
    counts[k] = 1;
    lastUs[k] = ms * 1000;
    sentUs[k] = 0;
    got.push(ms);
  });
  const expected = edits;
  return {
    latencies: Float64Array.from(got),
    counts,
    lastUs,
    sentUs,
    expected,
    received: got.length,
    cpuPercent: 10,
    dropped: 0,
  };
}

describe('merge', () => {
  it('takes the last receiver of each edit across generators, and counts what never came', () => {
    const w = workload('c', { ...full, seconds: 0.02 }); // 4 edits
    const m = merge([seen(4, [1, 2, 30, undefined]), seen(4, [5, 1, 3, undefined])], w);
    expect(m.delivery.count).toBe(6);
    expect(m.delivery.max).toBe(30);
    expect([m.expected, m.delivered]).toEqual([8, 6]);
    expect(m.lastReceiver).toMatchObject({ count: 3, p50: 5, max: 30 });
  });

  it('times a burst from its first send to its last delivery', () => {
    const w = workload('b', { ...full, scale: 0.02, bursts: 2 }); // 2 writers, 2 bursts
    const m = merge([seen(4, [4, 9, 1, 2])], w);
    expect(m.burst).toMatchObject({ count: 2, max: 9 });
  });
});

function measurement(
  server: Measurement['server'],
  workloadId: Measurement['workload'],
  p99: number,
  valid = true,
): Measurement {
  const s = spread([p99 / 2, p99]);
  return {
    server,
    workload: workloadId,
    run: 1,
    connections: 10,
    edits: 10,
    connectMs: 1,
    delivery: s,
    expected: 2,
    delivered: 2,
    lastReceiver: s,
    serverCpuSeconds: 1,
    rssIdleKiB: 1024,
    rssConnectedKiB: 2048,
    rssAfterKiB: 2048,
    rssPerConnectionKiB: 102.4,
    generatorCpuPercent: valid ? 50 : 95,
    dropped: 0,
    valid,
  };
}

describe('summary', () => {
  it('takes medians over runs, marks generator-bound runs and compares Majlis with the better peer', () => {
    const all = [
      measurement('ywss', 'c', 40),
      measurement('ywss', 'c', 20),
      measurement('ywss', 'c', 30),
      measurement('hocuspocus', 'c', 10),
      measurement('majlis', 'c', 15, false),
    ];
    const summaries = summarize(all);
    expect(summaries.find((x) => x.server === 'ywss')?.deliveryP99).toBe(30);
    const md = markdownTables(summaries, new Map([['c', 'c. crowd']]), ['ywss', 'hocuspocus', 'majlis']);
    expect(md).toContain(
      '| c. crowd | 30 / 30 ms, 102 KiB | 10 / 10 ms, 102 KiB | 15 / 15 ms, 102 KiB **INVALID** in 1 of 1 (generator up to 95 %) | 1.50 (behind) |',
    );
    expect(md).toContain('| c | 0.50 / 0.50 / 1.00 / 1.00 | 1.50 / 1.50 / 1.00 / 1.00 |');
  });
});
