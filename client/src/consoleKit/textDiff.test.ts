import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type DeltaOp, moveThroughDelta, textEdit } from './textDiff';

const apply = (text: string, edit: ReturnType<typeof textEdit>) =>
  edit ? text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove) : text;

describe('textEdit', () => {
  it('finds the single splice between two strings', () => {
    expect(textEdit('abc', 'abc')).toBeNull();
    expect(textEdit('abc', 'abXc', 3)).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(textEdit('abc', 'ac', 1)).toEqual({ index: 1, remove: 1, insert: '' });
    expect(textEdit('hello world', 'hello there', 11)).toEqual({ index: 6, remove: 5, insert: 'there' });
    expect(textEdit('', 'مرحبا', 5)).toEqual({ index: 0, remove: 0, insert: 'مرحبا' });
  });

  it('places an ambiguous insertion where the caret is', () => {
    // Typing "a" at the start of "aa" (caret 1) is an insertion at 0, not at 2.
    expect(textEdit('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(textEdit('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('always reproduces the new text', () => {
    const cases: Array<[string, string, number]> = [
      ['abcabc', 'abc', 0],
      ['abc', 'abcabc', 6],
      ['x', '', 0],
      ['ممرات آمنة', 'ممرات آمنة للمشاة', 17],
      ['aaaa', 'aa', 1],
    ];
    for (const [before, after, caret] of cases)
      expect(apply(before, textEdit(before, after, caret))).toBe(after);
  });
});

describe('moveThroughDelta', () => {
  const deltaOf = (initial: string, change: (t: Y.Text) => void): DeltaOp[] => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, initial);
    let delta: DeltaOp[] = [];
    text.observe((event) => {
      delta = event.delta as DeltaOp[];
    });
    change(text);
    return delta;
  };

  it('keeps the caret next to the same characters when others type', () => {
    // Caret after "Safe" (4); someone types "Urgent: " at the start.
    expect(
      moveThroughDelta(
        4,
        deltaOf('Safe routes', (t) => t.insert(0, 'Urgent: ')),
      ),
    ).toBe(12);
    // Someone types at the end: the caret stays.
    expect(
      moveThroughDelta(
        4,
        deltaOf('Safe routes', (t) => t.insert(11, '!')),
      ),
    ).toBe(4);
    // Text inserted exactly at the caret goes after it.
    expect(
      moveThroughDelta(
        4,
        deltaOf('Safe routes', (t) => t.insert(4, 'st')),
      ),
    ).toBe(4);
    // A deletion before the caret pulls it back; one spanning it puts it at the start of the gap.
    expect(
      moveThroughDelta(
        6,
        deltaOf('Safe routes', (t) => t.delete(0, 5)),
      ),
    ).toBe(1);
    expect(
      moveThroughDelta(
        6,
        deltaOf('Safe routes', (t) => t.delete(2, 6)),
      ),
    ).toBe(2);
  });
});
