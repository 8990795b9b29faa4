/**
 * Geometry for the results on the board: dots of the matrix that would sit on top of each other are
 * fanned out (their labels are placed by matrixLabels), and wide comparisons are split into pages.
 * Pure, so the drawing components only draw.
 */
import type { StageView, VoteResults } from '@majlis/shared';

export interface Point {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Where a group of dots that would sit on top of each other goes: two side by side, more on a small
 * ring, centred on where the dots belong, or as near as `bounds` allows (a tie in a corner). */
function ring<P extends Point>(group: readonly P[], minDist: number, bounds?: Box): P[] {
  const cx0 = group.reduce((s, p) => s + p.x, 0) / group.length;
  const cy0 = group.reduce((s, p) => s + p.y, 0) / group.length;
  // The ring's radius puts neighbours on it minDist apart; a big ring wider, so that each dot's label
  // finds room beside it, outside the ring.
  const spacing = group.length > 4 ? minDist * 1.7 : minDist;
  const radius = spacing / (2 * Math.sin(Math.PI / group.length));
  const keep = radius + minDist / 2;
  const clamp = (v: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
  const cx = bounds ? clamp(cx0, bounds.x + keep, bounds.x + bounds.width - keep) : cx0;
  const cy = bounds ? clamp(cy0, bounds.y + keep, bounds.y + bounds.height - keep) : cy0;
  return group.map((p, i) => {
    // Two dots side by side; more start at the top and go round.
    const angle = group.length === 2 ? Math.PI * i : -Math.PI / 2 + (2 * Math.PI * i) / group.length;
    return { ...p, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
}

/**
 * Moves apart dots closer than `minDist` (equal means are common: ties), keeping each group centred
 * on where its dots belong: two side by side, more on a small ring, kept inside `bounds` when given.
 * Groups whose rings would crowd each other are merged and spread again, so no two dots end up
 * closer than `minDist`. Dots that do not crowd stay put.
 */
export function spreadPoints<P extends Point>(points: readonly P[], minDist: number, bounds?: Box): P[] {
  const near = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y) < minDist - 1e-6;
  let groups: P[][] = [];
  for (const p of points) {
    const touching = groups.filter((g) => g.some((q) => near(p, q)));
    groups = groups.filter((g) => !touching.includes(g));
    groups.push(touching.flat().concat(p));
  }
  let placed = new Map<string, P>();
  for (let round = 0; round <= points.length; round++) {
    placed = new Map();
    for (const group of groups) {
      for (const p of group.length === 1 ? group : ring(group, minDist, bounds)) placed.set(p.id, p);
    }
    // Two groups that now crowd each other become one group.
    const at = (p: P) => placed.get(p.id) ?? p;
    const clash = groups.findIndex((g, i) =>
      groups.some((h, j) => j > i && g.some((p) => h.some((q) => near(at(p), at(q))))),
    );
    if (clash < 0) break;
    const g = groups[clash] as P[];
    const other = groups.findIndex((h, j) => j > clash && g.some((p) => h.some((q) => near(at(p), at(q)))));
    groups = groups.filter((_, i) => i !== clash && i !== other).concat([g.concat(groups[other] ?? [])]);
  }
  return points.map((p) => placed.get(p.id) ?? p);
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Splits `count` columns into balanced pages of at most `perPage` (5 on pages of 3: 3 and 2). */
export function columnPages(count: number, perPage: number): number[][] {
  const size = Math.max(1, perPage);
  const pages = Math.max(1, Math.ceil(count / size));
  const even = Math.ceil(count / pages);
  return Array.from({ length: pages }, (_, p) =>
    Array.from({ length: Math.max(0, Math.min(even, count - p * even)) }, (_, i) => p * even + i),
  );
}

/** The results the room may see on this stage now (live, or revealed), or null. */
export function visibleResults(stage: StageView): VoteResults | null {
  const vote = stage.vote;
  if (stage.kind !== 'vote' || !vote?.results || !vote.settings) return null;
  if (stage.state === 'revealed') return vote.results;
  return stage.state !== 'draft' && vote.settings.results === 'live' ? vote.results : null;
}
