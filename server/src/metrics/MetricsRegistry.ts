/**
 * Counters and gauges written in the Prometheus text format, version 0.0.4: a few dozen lines
 * instead of a client library, because the server needs only these two kinds.
 */

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  readonly labels: Labels;
  readonly value: number;
}

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

/** The media type scrapers expect for this format. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Label sets one counter keeps by default; more are counted under `other` so a hostile label cannot grow memory. */
const DEFAULT_MAX_SERIES = 500;

interface Family {
  readonly name: string;
  readonly help: string;
  readonly type: 'counter' | 'gauge';
  readonly labelNames: readonly string[];
  samples(): readonly Sample[];
}

const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabel = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function seriesName(name: string, labelNames: readonly string[], labels: Labels): string {
  if (labelNames.length === 0) return name;
  const pairs = labelNames.map((label) => `${label}="${escapeLabel(labels[label] ?? '')}"`);
  return `${name}{${pairs.join(',')}}`;
}

export class MetricsRegistry {
  private readonly families: Family[] = [];

  private register(family: Family): void {
    if (!NAME.test(family.name)) throw new Error(`bad metric name "${family.name}"`);
    for (const label of family.labelNames)
      if (!LABEL.test(label)) throw new Error(`bad label name "${label}"`);
    if (this.families.some((f) => f.name === family.name))
      throw new Error(`metric "${family.name}" registered twice`);
    this.families.push(family);
  }

  /** A counter that only goes up. Its label sets are kept (at most `maxSeries`) for as long as the process runs. */
  counter(
    name: string,
    help: string,
    labelNames: readonly string[],
    maxSeries = DEFAULT_MAX_SERIES,
  ): Counter {
    const series = new Map<string, { labels: Labels; value: number }>();
    const overflow = Object.fromEntries(labelNames.map((label) => [label, 'other']));
    const overflowKey = seriesName(name, labelNames, overflow);
    this.register({ name, help, type: 'counter', labelNames, samples: () => [...series.values()] });
    return {
      inc(labels = {}, by = 1) {
        const key = seriesName(name, labelNames, labels);
        const entry = series.get(key) ?? (series.size < maxSeries ? undefined : series.get(overflowKey));
        if (entry) entry.value += by;
        else if (series.size < maxSeries) series.set(key, { labels, value: by });
        else series.set(overflowKey, { labels: overflow, value: by });
      },
    };
  }

  /** A gauge read when scraped: `collect` returns its current samples. */
  gauge(name: string, help: string, labelNames: readonly string[], collect: () => readonly Sample[]): void {
    this.register({ name, help, type: 'gauge', labelNames, samples: collect });
  }

  /** Every metric, in the order registered, each with its HELP and TYPE lines. */
  render(): string {
    const lines: string[] = [];
    for (const family of this.families) {
      lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
      for (const sample of family.samples())
        lines.push(
          `${seriesName(family.name, family.labelNames, sample.labels)} ${formatValue(sample.value)}`,
        );
    }
    return `${lines.join('\n')}\n`;
  }
}

/**
 * Reads the text format back into `series → value` (the series written exactly as on the wire,
 * e.g. `majlis_commands_total{event="item:add",result="ok"}`). For tests and scripts; comments
 * and timestamps are skipped.
 */
export function parseMetricsText(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    // The value follows the last space outside the label braces; label values may hold spaces.
    const close = line.lastIndexOf('}');
    const rest = close >= 0 ? line.slice(close + 1).trim() : line.slice(line.indexOf(' ') + 1).trim();
    const series = close >= 0 ? line.slice(0, close + 1) : line.slice(0, line.indexOf(' '));
    const raw = rest.split(' ')[0] ?? '';
    const value =
      raw === '+Inf' ? Number.POSITIVE_INFINITY : raw === '-Inf' ? Number.NEGATIVE_INFINITY : Number(raw);
    samples.set(series, value);
  }
  return samples;
}
