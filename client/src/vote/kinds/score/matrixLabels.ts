/**
 * Labels on the 2 × 2 matrix, placed so that nothing the room must read sits on anything else: every
 * point gets its number (the row of the table beside the chart) next to it, or a little further out
 * with a leader line when its neighbours are crowded; no label covers a point, a gridline, a quadrant's
 * name or another label. The quadrants' names go where no point is. Pure geometry, tested on its own.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line on the chart (a midline, an edge of the frame), as a segment. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MatrixPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface PlacedNumber {
  readonly id: string;
  readonly box: Box;
  /** From the point's edge to the label, when the label could not sit right beside its point. */
  readonly leader: Segment | null;
}

/** Room kept between a label and anything else, in px. */
export const LABEL_MARGIN = 4;
/** A label this far from its point (px) or further gets a leader line. */
const LEADER_FROM = 14;
/** How far out a label may go, ring by ring, before the whole plot is searched. */
const DISTANCES = [LABEL_MARGIN + 2, 10, 18, 28, 40, 56, 76, 100, 130, 165, 205, 250, 300, 360, 430, 510];
/** Directions tried at each distance: beside first (the eye reads along a line), then around. */
const ANGLES = [0, 180, 270, 90, 315, 45, 225, 135, 337.5, 22.5, 202.5, 157.5, 292.5, 247.5, 67.5, 112.5];

const inflate = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const boxInside = (a: Box, bounds: Box): boolean =>
  a.x >= bounds.x &&
  a.y >= bounds.y &&
  a.x + a.width <= bounds.x + bounds.width &&
  a.y + a.height <= bounds.y + bounds.height;

/** The box a segment sweeps, `thickness` px wide: gridlines are horizontal or vertical. */
export const segmentBox = (s: Segment, thickness: number): Box => ({
  x: Math.min(s.x1, s.x2) - thickness / 2,
  y: Math.min(s.y1, s.y2) - thickness / 2,
  width: Math.abs(s.x2 - s.x1) + thickness,
  height: Math.abs(s.y2 - s.y1) + thickness,
});

/** The square around a point of radius `r`. */
export const pointBox = (p: { x: number; y: number }, r: number): Box => ({
  x: p.x - r,
  y: p.y - r,
  width: 2 * r,
  height: 2 * r,
});

/** Whether a segment passes through a box (sampled every 2 px: leaders are short). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const length = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  const steps = Math.max(1, Math.ceil(length / 2));
  for (let i = 0; i <= steps; i++) {
    const x = s.x1 + ((s.x2 - s.x1) * i) / steps;
    const y = s.y1 + ((s.y2 - s.y1) * i) / steps;
    if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
  }
  return false;
}

/** The point of `b` nearest to (x, y). */
const nearestIn = (b: Box, x: number, y: number) => ({
  x: Math.min(Math.max(x, b.x), b.x + b.width),
  y: Math.min(Math.max(y, b.y), b.y + b.height),
});

/**
 * Every point's number beside it, in the order given (best ranked first, so they get the nearest
 * places): to the right, the left, above, below, the diagonals, then further out ring by ring with a
 * leader line, wherever the label stays within `bounds` and overlaps no point, no line, no obstacle
 * (the quadrants' names) and no label or leader placed before it, with `LABEL_MARGIN` to spare. The
 * leader itself crosses no label, and no other point unless the point sits inside a crowd of ties
 * with no way out. A label that finds no place at all (a plot far too
 * small for its points) is put beside its point regardless and reported in `crowded`.
 */
export function placeNumbers(
  points: readonly MatrixPoint[],
  r: number,
  sizeOf: (id: string) => { readonly width: number; readonly height: number },
  bounds: Box,
  obstacles: readonly Box[],
  lines: readonly Segment[],
  lineWidth: number,
): { placed: PlacedNumber[]; crowded: string[] } {
  // Best ranked first; if some label found no place, those that did not go first next time (a
  // crowded corner is easier to label before its neighbours take the room around it).
  const space: LabelSpace = { r, sizeOf, bounds, obstacles, lines, lineWidth };
  let order = [...points];
  let best = placeInOrder(order, points, space);
  for (let attempt = 0; attempt < 4 && best.crowded.length > 0; attempt++) {
    const stuck = new Set(best.crowded);
    order = [...order.filter((p) => stuck.has(p.id)), ...order.filter((p) => !stuck.has(p.id))];
    const next = placeInOrder(order, points, space);
    if (next.crowded.length < best.crowded.length) best = next;
  }
  const byId = new Map(best.placed.map((p) => [p.id, p]));
  return { placed: points.flatMap((p) => byId.get(p.id) ?? []), crowded: best.crowded };
}

/** Where the numbers go: the points' radius, each label's size, and what they must stay clear of. */
interface LabelSpace {
  readonly r: number;
  readonly sizeOf: (id: string) => { readonly width: number; readonly height: number };
  readonly bounds: Box;
  readonly obstacles: readonly Box[];
  readonly lines: readonly Segment[];
  readonly lineWidth: number;
}

function placeInOrder(
  order: readonly MatrixPoint[],
  points: readonly MatrixPoint[],
  { r, sizeOf, bounds, obstacles, lines, lineWidth }: LabelSpace,
): { placed: PlacedNumber[]; crowded: string[] } {
  const pointBoxes = points.map((p) => inflate(pointBox(p, r), LABEL_MARGIN));
  const fixed = [
    ...obstacles.map((o) => inflate(o, LABEL_MARGIN)),
    ...lines.map((l) => segmentBox(l, lineWidth + 2 * LABEL_MARGIN)),
  ];
  const labels: Box[] = [];
  const leaders: Segment[] = [];
  const placed: PlacedNumber[] = [];
  const crowded: string[] = [];
  const free = (box: Box) =>
    boxInside(box, bounds) &&
    !pointBoxes.some((p) => boxesOverlap(box, p)) &&
    !fixed.some((f) => boxesOverlap(box, f)) &&
    !labels.some((l) => boxesOverlap(box, inflate(l, LABEL_MARGIN))) &&
    !leaders.some((l) => segmentHitsBox(l, inflate(box, LABEL_MARGIN)));

  order.forEach((p) => {
    const index = points.indexOf(p);
    const { width, height } = sizeOf(p.id);
    // The label at `box`, with its leader when it is away from the point, if nothing is in the way.
    const tryBox = (box: Box, d: number, overPoints = false): PlacedNumber | null => {
      if (!free(box)) return null;
      if (d < LEADER_FROM) return { id: p.id, box, leader: null };
      const end = nearestIn(box, p.x, p.y);
      const length = Math.hypot(end.x - p.x, end.y - p.y) || 1;
      const leader = {
        x1: p.x + ((end.x - p.x) / length) * r,
        y1: p.y + ((end.y - p.y) / length) * r,
        x2: end.x,
        y2: end.y,
      };
      const crosses = (b: Box) => segmentHitsBox(leader, b);
      // Through the gaps between points, not over one (their own boxes, without the margin).
      if (labels.some(crosses)) return null;
      if (!overPoints && points.some((q, i) => i !== index && crosses(pointBox(q, r)))) return null;
      return { id: p.id, box, leader };
    };
    let found: PlacedNumber | null = null;
    for (const d of DISTANCES) {
      for (const angle of ANGLES) {
        const a = (angle * Math.PI) / 180;
        const cos = Math.cos(a);
        const sin = Math.sin(a);
        // The label's centre, so that its nearest side is d px beyond the point's edge.
        const reach = r + d + Math.abs(cos) * (width / 2) + Math.abs(sin) * (height / 2);
        found = tryBox(
          { x: p.x + cos * reach - width / 2, y: p.y + sin * reach - height / 2, width, height },
          d,
        );
        if (found) break;
      }
      if (found) break;
    }
    // A crowd of ties: the nearest free place anywhere on the plot, on an 8 px grid; past that, a
    // leader may cross the ring of ties around it (never a label).
    for (const overPoints of [false, true]) {
      if (found) break;
      const spots: Array<{ box: Box; d: number }> = [];
      for (let y = bounds.y; y + height <= bounds.y + bounds.height; y += 8) {
        for (let x = bounds.x; x + width <= bounds.x + bounds.width; x += 8) {
          const box = { x, y, width, height };
          const end = nearestIn(box, p.x, p.y);
          spots.push({ box, d: Math.hypot(end.x - p.x, end.y - p.y) - r });
        }
      }
      spots.sort((a, b) => a.d - b.d);
      for (const spot of spots) {
        found = tryBox(spot.box, Math.max(LEADER_FROM, spot.d), overPoints);
        if (found) break;
      }
    }
    if (!found) {
      crowded.push(p.id);
      found = { id: p.id, box: { x: p.x + r + 2, y: p.y - height / 2, width, height }, leader: null };
    }
    labels.push(found.box);
    if (found.leader) leaders.push(found.leader);
    placed.push(found);
  });
  return { placed, crowded };
}

/**
 * Where a quadrant's name goes inside its `area`: its outer corner if no point is there (the corner
 * away from the middle of the chart, where names are expected), else another corner, else the first
 * place found scanning the quadrant, always clear of the points and of the `lines` (the midlines and
 * the frame) by `LABEL_MARGIN`. Null when the quadrant is too full of points for its name: the other
 * three names still say which quarter is which, and a name never hides a point.
 */
export function placeQuadrantName(
  area: Box,
  size: { readonly width: number; readonly height: number },
  outer: { readonly right: boolean; readonly bottom: boolean },
  points: readonly MatrixPoint[],
  r: number,
  lines: readonly Segment[],
  lineWidth: number,
): Box | null {
  const inset = lineWidth / 2 + LABEL_MARGIN;
  const left = area.x + inset;
  const right = area.x + area.width - inset - size.width;
  const top = area.y + inset;
  const bottom = area.y + area.height - inset - size.height;
  const at = (x: number, y: number): Box => ({ x, y, width: size.width, height: size.height });
  const blocked = [
    ...points.map((p) => inflate(pointBox(p, r), LABEL_MARGIN)),
    ...lines.map((l) => segmentBox(l, lineWidth + 2 * LABEL_MARGIN)),
  ];
  const clear = (b: Box) => !blocked.some((o) => boxesOverlap(b, o));
  const ox = outer.right ? right : left;
  const oy = outer.bottom ? bottom : top;
  const corners = [at(ox, oy), at(ox === left ? right : left, oy), at(ox, oy === top ? bottom : top)];
  const corner = corners.find(clear);
  if (corner) return corner;
  // Scan from the outer corner inwards, along its edge first.
  const stepX = outer.right ? -8 : 8;
  const stepY = outer.bottom ? -8 : 8;
  for (let y = oy; y >= top && y <= bottom; y += stepY) {
    for (let x = ox; x >= left && x <= right; x += stepX) {
      const b = at(x, y);
      if (clear(b)) return b;
    }
  }
  return null;
}
