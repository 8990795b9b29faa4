/**
 * A strict reader of the Prometheus text format 0.0.4, written apart from the server's writer so a
 * test checks the format rather than the writer against itself. Throws on any line out of grammar.
 */
export interface Scrape {
  /** `name{label="value",…}` (labels sorted) → value. */
  readonly samples: Map<string, number>;
  readonly types: Map<string, string>;
  /** The value of one series, 0 when absent (a counter that never moved). */
  value(name: string, labels?: Record<string, string>): number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)( -?\d+)?$/;
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;

function seriesKey(name: string, labels: Record<string, string>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${labels[k]}"`);
  return pairs.length ? `${name}{${pairs.join(',')}}` : name;
}

export function parseScrape(text: string): Scrape {
  const samples = new Map<string, number>();
  const types = new Map<string, string>();
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  for (const line of text.slice(0, -1).split('\n')) {
    if (line.startsWith('# HELP ')) continue;
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      if (!name || !type || !['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(type))
        throw new Error(`bad TYPE line: ${line}`);
      if (types.has(name)) throw new Error(`TYPE given twice for ${name}`);
      types.set(name, type);
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`bad sample line: ${JSON.stringify(line)}`);
    const [, name = '', , body = '', raw = ''] = match;
    const family = name.replace(/_(bucket|sum|count)$/, '');
    if (!types.has(name) && !types.has(family)) throw new Error(`sample before its TYPE: ${name}`);
    const labels: Record<string, string> = {};
    LABEL_PAIR.lastIndex = 0;
    while (LABEL_PAIR.lastIndex < body.length) {
      const pair = LABEL_PAIR.exec(body);
      if (!pair) throw new Error(`bad labels: ${body}`);
      labels[pair[1] as string] = pair[2] as string;
    }
    const value =
      raw === '+Inf' ? Number.POSITIVE_INFINITY : raw === '-Inf' ? Number.NEGATIVE_INFINITY : Number(raw);
    const key = seriesKey(name, labels);
    if (samples.has(key)) throw new Error(`series given twice: ${key}`);
    samples.set(key, value);
  }
  return {
    samples,
    types,
    value: (name, labels = {}) => samples.get(seriesKey(name, labels)) ?? 0,
  };
}
