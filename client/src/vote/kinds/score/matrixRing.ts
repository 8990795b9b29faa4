/** A small offset in scale units that keeps the console matrix's items with the same means from
 * hiding each other. */
const SPREAD = 0.16;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Points on the same spot set around it in a small ring (dx, dy in scale units); a point alone
 * stays where it is. */
export function matrixRing<P extends { readonly x: number; readonly y: number }>(
  points: readonly P[],
): Array<P & { readonly dx: number; readonly dy: number }> {
  const spotOf = (p: P) => `${p.x.toFixed(2)}:${p.y.toFixed(2)}`;
  const spots = new Map<string, number>();
  for (const p of points) spots.set(spotOf(p), (spots.get(spotOf(p)) ?? 0) + 1);
  const placed = new Map<string, number>();
  return points.map((p) => {
    const spot = spotOf(p);
    const together = spots.get(spot) ?? 1;
    const index = placed.get(spot) ?? 0;
    placed.set(spot, index + 1);
    if (together === 1) return { ...p, dx: 0, dy: 0 };
    const angle = (2 * Math.PI * index) / together - Math.PI / 2;
    return { ...p, dx: round(SPREAD * Math.cos(angle)), dy: round(SPREAD * Math.sin(angle)) };
  });
}
