/**
 * Join bursts: many joins from one address, or from anywhere, in a few seconds. People scanning a
 * QR code in a room arrive a few a second at most; a script re-joining to vote again arrives by the
 * hundred. The console shows each burst with a button that removes everyone in it.
 */
export interface JoinRecord {
  readonly id: string;
  readonly joinedAt: number;
  readonly addressTag?: string;
  readonly removed: boolean;
}

export interface JoinBurst {
  /** `address`: joins from one address; `rate`: joins from anywhere. */
  readonly kind: 'address' | 'rate';
  /** Everyone in the burst still in the workshop, in join order. */
  readonly participantIds: readonly string[];
  readonly from: number;
  readonly to: number;
}

/** A window of this many seconds … */
export const BURST_WINDOW_MS = 10_000;
/** … holding this many joins from one address is a burst … */
export const BURST_PER_ADDRESS = 30;
/** … and this many from anywhere. */
export const BURST_OVERALL = 60;

/**
 * The bursts among these joins: each run of joins that all lie in some window of `BURST_WINDOW_MS`
 * holding at least `threshold` joins of the same stream; runs further apart than the window are two.
 * Removed participants are left out. Address bursts come first; a rate burst repeats none of them.
 */
export function findJoinBursts(joins: readonly JoinRecord[]): JoinBurst[] {
  const live = joins.filter((j) => !j.removed).sort((a, b) => a.joinedAt - b.joinedAt);
  const byAddress = new Map<string, JoinRecord[]>();
  for (const j of live) {
    if (j.addressTag === undefined) continue;
    const list = byAddress.get(j.addressTag) ?? [];
    list.push(j);
    byAddress.set(j.addressTag, list);
  }
  const bursts: JoinBurst[] = [];
  for (const list of byAddress.values()) bursts.push(...runs(list, BURST_PER_ADDRESS, 'address'));
  const inAddressBurst = new Set(bursts.flatMap((b) => b.participantIds));
  for (const burst of runs(live, BURST_OVERALL, 'rate')) {
    const rest = burst.participantIds.filter((id) => !inAddressBurst.has(id));
    if (rest.length > 0) bursts.push({ ...burst, participantIds: rest });
  }
  return bursts;
}

/** Runs of dense joins in one time-sorted stream. */
function runs(sorted: readonly JoinRecord[], threshold: number, kind: JoinBurst['kind']): JoinBurst[] {
  const dense = new Array<boolean>(sorted.length).fill(false);
  // Two pointers: every window [i, j] of at most BURST_WINDOW_MS holding `threshold` joins marks them.
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const endAt = (sorted[end] as JoinRecord).joinedAt;
    while (endAt - (sorted[start] as JoinRecord).joinedAt > BURST_WINDOW_MS) start++;
    if (end - start + 1 >= threshold) for (let k = start; k <= end; k++) dense[k] = true;
  }
  const out: JoinBurst[] = [];
  let current: JoinRecord[] = [];
  const flush = () => {
    if (current.length > 0) {
      out.push({
        kind,
        participantIds: current.map((j) => j.id),
        from: (current[0] as JoinRecord).joinedAt,
        to: (current.at(-1) as JoinRecord).joinedAt,
      });
    }
    current = [];
  };
  sorted.forEach((j, i) => {
    const last = current.at(-1);
    if (last && j.joinedAt - last.joinedAt > BURST_WINDOW_MS) flush();
    if (dense[i]) current.push(j);
    else flush();
  });
  flush();
  return out;
}
