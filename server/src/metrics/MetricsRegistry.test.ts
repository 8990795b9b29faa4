import { describe, expect, it } from 'vitest';
import { MetricsRegistry, parseMetricsText } from './MetricsRegistry.js';

describe('MetricsRegistry', () => {
  it('writes counters and gauges in the Prometheus text format 0.0.4', () => {
    const registry = new MetricsRegistry();
    const commands = registry.counter('majlis_commands_total', 'Commands answered.', ['event', 'result']);
    const open = registry.gauge('majlis_workshops_open', 'Workshops loaded.', [], () => [
      { labels: {}, value: 3 },
    ]);
    expect(open).toBeUndefined();
    commands.inc({ event: 'item:add', result: 'ok' });
    commands.inc({ event: 'item:add', result: 'ok' }, 2);
    commands.inc({ event: 'vote:cast', result: 'vote_closed' });
    expect(registry.render()).toBe(
      [
        '# HELP majlis_commands_total Commands answered.',
        '# TYPE majlis_commands_total counter',
        'majlis_commands_total{event="item:add",result="ok"} 3',
        'majlis_commands_total{event="vote:cast",result="vote_closed"} 1',
        '# HELP majlis_workshops_open Workshops loaded.',
        '# TYPE majlis_workshops_open gauge',
        'majlis_workshops_open 3',
        '',
      ].join('\n'),
    );
  });

  it('escapes label values and help text, and writes a counter with no samples as nothing but its header', () => {
    const registry = new MetricsRegistry();
    const c = registry.counter('x_total', 'A \\ help\nline.', ['v']);
    registry.counter('y_total', 'Never counted.', ['v']);
    c.inc({ v: 'a"b\\c\nd' });
    const text = registry.render();
    expect(text).toContain('# HELP x_total A \\\\ help\\nline.');
    expect(text).toContain('x_total{v="a\\"b\\\\c\\nd"} 1');
    expect(text).toContain('# TYPE y_total counter\n');
    expect(parseMetricsText(text).get('x_total{v="a\\"b\\\\c\\nd"}')).toBe(1);
  });

  it('writes special values and refuses a name used twice or a bad name', () => {
    const registry = new MetricsRegistry();
    registry.gauge('g', 'Gauge.', ['k'], () => [
      { labels: { k: 'inf' }, value: Number.POSITIVE_INFINITY },
      { labels: { k: 'nan' }, value: Number.NaN },
      { labels: { k: 'small' }, value: 0.000125 },
    ]);
    const text = registry.render();
    expect(text).toContain('g{k="inf"} +Inf');
    expect(text).toContain('g{k="nan"} NaN');
    expect(text).toContain('g{k="small"} 0.000125');
    expect(() => registry.counter('g', 'Again.', [])).toThrow(/twice/);
    expect(() => registry.counter('bad-name', 'Bad.', [])).toThrow(/name/);
  });

  it('keeps a label set per counter bounded, folding the excess into one series', () => {
    const registry = new MetricsRegistry();
    const c = registry.counter('c_total', 'Bounded.', ['k'], 3);
    for (let i = 0; i < 10; i++) c.inc({ k: `v${i}` });
    const samples = parseMetricsText(registry.render());
    expect([...samples.keys()].filter((k) => k.startsWith('c_total'))).toHaveLength(4);
    expect(samples.get('c_total{k="other"}')).toBe(7);
  });
});
