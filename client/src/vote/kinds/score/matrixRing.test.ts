import { describe, expect, it } from 'vitest';
import { matrixRing } from './matrixRing';

describe('matrixRing', () => {
  it('spreads items on the same spot and leaves a lone one where it is', () => {
    const [a, b, c] = matrixRing([
      { id: 'a', x: 5, y: 5 },
      { id: 'b', x: 5, y: 5 },
      { id: 'c', x: 4, y: 2 },
    ]);
    expect(a && b && (a.dx !== b.dx || a.dy !== b.dy)).toBe(true);
    expect(c).toMatchObject({ x: 4, y: 2, dx: 0, dy: 0 });
  });
});
