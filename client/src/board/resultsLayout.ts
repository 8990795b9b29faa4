/**
 * Geometry for the results on the board: dots of the matrix that would sit on top of each other are
 * fanned out, short labels are put where they collide with nothing, and wide comparisons are split
 * into pages. Pure, so the drawing components only draw.
 */
import type { StageView, VoteResults } from '@majlis/shared';

export interface Point {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Moves apart dots closer than `minDist` (equal means are common: ties), keeping each group centred
 * on where its dots belong: two side by side, more on a small ring. Dots that do not crowd stay put.
 */
export function spreadPoints<P extends Point>(points: readonly P[], minDist: number): P[] {
  const groups: P[][] = [];
  for (const p of points) {
    const near = groups.filter((g) => g.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < minDist));
    const merged = near.flat().concat(p);
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const byId = new Map<string, P>();
  for (const group of groups) {
    if (group.length === 1) {
      const only = group[0] as P;
      byId.set(only.id, only);
      continue;
    }
    const cx = group.reduce((s, p) => s + p.x, 0) / group.length;
    const cy = group.reduce((s, p) => s + p.y, 0) / group.length;
    // The ring's radius puts neighbours on it exactly minDist apart.
    const radius = minDist / (2 * Math.sin(Math.PI / group.length));
    group.forEach((p, i) => {
      // Two dots side by side; more start at the top and go round.
      const angle = group.length === 2 ? Math.PI * i : -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      byId.set(p.id, { ...p, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  }
  return points.map((p) => byId.get(p.id) ?? p);
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel extends Box {
  readonly id: string;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, bounds: Box) =>
  a.x >= bounds.x &&
  a.y >= bounds.y &&
  a.x + a.width <= bounds.x + bounds.width &&
  a.y + a.height <= bounds.y + bounds.height;

/**
 * Labels beside the dots of a chart, in the order given (best ranked first, so they win the room):
 * to the right, left, above or below each dot, wherever the label overlaps no other label and no
 * dot (nor any of the `obstacles`, such as the quadrant names) and stays within `bounds`. A label with no such place is left out; the list beside the chart
 * names every dot anyway.
 */
export function placeLabels(
  dots: ReadonlyArray<Point & { readonly r: number }>,
  widthOf: (id: string) => number,
  height: number,
  bounds: Box,
  obstacles: readonly Box[] = [],
  gap = 8,
): PlacedLabel[] {
  const taken: Box[] = [
    ...obstacles,
    ...dots.map((d) => ({ x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r })),
  ];
  const placed: PlacedLabel[] = [];
  for (const d of dots) {
    const width = widthOf(d.id);
    if (width <= 0) continue;
    const candidates: Box[] = [
      { x: d.x + d.r + gap, y: d.y - height / 2, width, height },
      { x: d.x - d.r - gap - width, y: d.y - height / 2, width, height },
      { x: d.x - width / 2, y: d.y - d.r - gap - height, width, height },
      { x: d.x - width / 2, y: d.y + d.r + gap, width, height },
    ];
    const spot = candidates.find((c) => inside(c, bounds) && !taken.some((t) => overlaps(c, t)));
    if (!spot) continue;
    taken.push(spot);
    placed.push({ id: d.id, ...spot });
  }
  return placed;
}

/** A title cut to `max` characters at a word end where possible, for a label on a chart. */
export function shortTitle(title: string, max: number): string {
  const clean = title.trim().replace(/\s+/g, ' ');
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
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

/** Whether a text reads right to left: its first strong letter is Arabic or Hebrew script. SVG text
 * has no `dir="auto"`, so a chart label says its own direction. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const strong = text.match(
    /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/,
  );
  return strong && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(strong[0]) ? 'rtl' : 'ltr';
}
