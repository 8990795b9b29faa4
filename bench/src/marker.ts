/**
 * The edit's marker and the figures made of the timings. A writer puts `~bm:<writer>:<seq>:<µs>~`
 * (plain ASCII) into its edit; Yjs carries a string insert verbatim inside the binary update, so a
 * receiver finds the marker in the raw frame without decoding Yjs. `µs` is the send time on the
 * shared wall clock (`performance.timeOrigin + performance.now()`), so any process on this machine
 * can time the delivery.
 */
import { performance } from 'node:perf_hooks';

const PREFIX = Buffer.from('~bm:');
const COLON = 0x3a;
const TILDE = 0x7e;
const ZERO = 0x30;
const NINE = 0x39;

/** Microseconds on the wall clock every process on this machine shares. */
export const nowUs = (): number => Math.round((performance.timeOrigin + performance.now()) * 1000);

export function marker(writer: number, seq: number, sentUs: number): string {
  return `~bm:${writer}:${seq}:${sentUs}~`;
}

export interface Found {
  writer: number;
  seq: number;
  sentUs: number;
}

/**
 * Calls `found` for every well-formed marker in `frame`, in order. A malformed one (cut short, or
 * with something other than digits in a field) is skipped.
 */
export function scanMarkers(
  frame: Buffer,
  found: (writer: number, seq: number, sentUs: number) => void,
): void {
  let at = frame.indexOf(PREFIX, 0);
  while (at !== -1) {
    let i = at + PREFIX.length;
    const fields = [0, 0, 0];
    let field = 0;
    let digits = 0;
    let ok = false;
    for (; i < frame.length; i++) {
      const c = frame[i] as number;
      if (c >= ZERO && c <= NINE) {
        fields[field] = (fields[field] as number) * 10 + (c - ZERO);
        digits++;
      } else if (c === COLON && field < 2 && digits > 0) {
        field++;
        digits = 0;
      } else {
        ok = c === TILDE && field === 2 && digits > 0;
        break;
      }
    }
    if (ok) found(fields[0] as number, fields[1] as number, fields[2] as number);
    at = frame.indexOf(PREFIX, ok ? i + 1 : at + 1);
  }
}

/** The nearest-rank percentile of `sorted` (ascending); NaN when empty. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export interface Spread {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

export function spread(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return {
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : Number.NaN,
    count: sorted.length,
  };
}

/** The median of the finite values (NaN when there are none): the figure of several runs. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A growable array of doubles, so a million latencies are not a million boxed numbers. */
export class Samples {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
