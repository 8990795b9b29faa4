/** An id not yet used in the list, in the shape the settings schema accepts for its kind. */
export function freshId(taken: readonly { id: string }[], prefix: 'c' | 'o'): string {
  const used = new Set(taken.map((t) => t.id));
  for (let n = taken.length + 1; ; n++) {
    const id = prefix === 'c' ? `c_${n}` : `o${n}`;
    if (!used.has(id)) return id;
  }
}
