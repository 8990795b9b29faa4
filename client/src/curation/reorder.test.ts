import { describe, expect, it } from 'vitest';
import { dropIndex, moveStep, stepIndex } from './reorder';

describe('reorder', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('gives the index among the other entries, as moveItem and moveStage expect', () => {
    expect(dropIndex(ids, 'd', 'a', false)).toBe(0);
    expect(dropIndex(ids, 'a', 'd', true)).toBe(3);
    expect(dropIndex(ids, 'a', 'c', false)).toBe(1);
    expect(dropIndex(ids, 'b', 'zzz', false)).toBe(3);
  });
  it('steps one place, not past either end', () => {
    expect(stepIndex(ids, 'b', -1)).toBe(0);
    expect(stepIndex(ids, 'b', 1)).toBe(2);
    expect(stepIndex(ids, 'a', -1)).toBeNull();
    expect(stepIndex(ids, 'd', 1)).toBeNull();
  });
  it('reads arrows on a handle and Alt+arrows elsewhere', () => {
    expect(moveStep({ key: 'ArrowUp', altKey: false }, true)).toBe(-1);
    expect(moveStep({ key: 'ArrowDown', altKey: false }, false)).toBeNull();
    expect(moveStep({ key: 'ArrowDown', altKey: true }, false)).toBe(1);
    expect(moveStep({ key: 'Enter', altKey: true }, true)).toBeNull();
  });
});
