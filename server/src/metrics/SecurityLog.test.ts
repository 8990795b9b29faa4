import { describe, expect, it } from 'vitest';
import { MetricsRegistry, parseMetricsText } from './MetricsRegistry.js';
import { SecurityLog } from './SecurityLog.js';
import { createServerMetrics } from './serverMetrics.js';

function setup() {
  let t = 1_000_000;
  const lines: Array<{ fields: Record<string, unknown>; message: string }> = [];
  const log = { warn: (fields: object, message: string) => lines.push({ fields: { ...fields }, message }) };
  const registry = new MetricsRegistry();
  const metrics = createServerMetrics(registry, {});
  const security = new SecurityLog(log, metrics, () => t);
  return {
    security,
    lines,
    registry,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const flooded = {
  event: 'command_refused',
  reason: 'rate_limited',
  channel: 'socketio',
  address: '10.0.0.7',
  workshopId: 'w1',
  limiter: 'socket_commands',
} as const;

describe('SecurityLog', () => {
  it('writes the first refusal at once, then one line per second with the count of the rest', () => {
    const { security, lines, advance } = setup();
    security.note(flooded);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fields).toMatchObject({ ...flooded, count: 1 });
    for (let second = 0; second < 5; second++) {
      for (let i = 0; i < 200; i++) {
        security.note(flooded);
        advance(5);
      }
      security.tick();
    }
    // 1,000 refusals in five seconds: the first line, then one per second.
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.reduce((sum, l) => sum + Number(l.fields.count), 0)).toBe(1_001);
    // A quiet key is forgotten once its window is over; the next refusal is written at once again.
    advance(1_000);
    security.tick();
    advance(1_000);
    security.tick();
    const before = lines.length;
    security.note(flooded);
    expect(lines).toHaveLength(before + 1);
  });

  it('never writes two lines for one key within a second', () => {
    const { security, lines, advance } = setup();
    const at: number[] = [];
    let t = 0;
    for (let i = 0; i < 3_000; i++) {
      const before = lines.length;
      security.note(flooded);
      if (i % 7 === 0) security.tick();
      if (lines.length > before) at.push(t);
      advance(3);
      t += 3;
    }
    for (let i = 1; i < at.length; i++)
      expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(1_000);
  });

  it('keeps keys apart, and folds addresses beyond its bound into one line', () => {
    const { security, lines, advance } = setup();
    security.note({ ...flooded, address: 'a' });
    security.note({ ...flooded, address: 'b' });
    expect(lines).toHaveLength(2);
    for (let i = 0; i < 5_000; i++) security.note({ ...flooded, address: `10.1.${i >> 8}.${i & 255}` });
    expect(lines.length).toBeLessThanOrEqual(300);
    advance(1_000);
    security.tick();
    const total = lines.reduce((sum, l) => sum + Number(l.fields.count), 0);
    expect(total).toBe(5_002);
    expect(lines.some((l) => l.fields.address === 'many')).toBe(true);
  });

  it('counts every refusal in the metrics, and rate-limit refusals by limiter', () => {
    const { security, registry } = setup();
    for (let i = 0; i < 30; i++) security.note(flooded);
    security.note({ event: 'join_refused', reason: 'not_found', channel: 'http', address: 'x' });
    const samples = parseMetricsText(registry.render());
    expect(samples.get('majlis_security_events_total{event="command_refused",reason="rate_limited"}')).toBe(
      30,
    );
    expect(samples.get('majlis_security_events_total{event="join_refused",reason="not_found"}')).toBe(1);
    expect(samples.get('majlis_rate_limited_total{limiter="socket_commands"}')).toBe(30);
  });

  it('never writes a field it was not given a place for (no credential can ride along)', () => {
    const { security, lines } = setup();
    security.note({ ...flooded, token: 'p.secret' } as unknown as typeof flooded);
    expect(JSON.stringify(lines)).not.toContain('p.secret');
  });
});
