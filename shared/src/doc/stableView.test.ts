import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, initWorkshopDoc, readWorkshop, templateStages, updateItem } from '../index.js';
import { sameValue, stableList, stableView } from './stableView.js';

function workshop() {
  const doc = new Y.Doc();
  initWorkshopDoc(doc, {
    id: 'ws_stable1',
    title: 'Stable',
    locale: 'en',
    joinCode: '123456',
    createdAt: 1,
    stages: templateStages('vlr').map((template, i) => ({ id: `st_stage${i}`, template })),
  });
  for (let i = 0; i < 50; i++) {
    addItem(doc, {
      id: `it_item${String(i).padStart(3, '0')}`,
      stageId: 'st_stage1',
      title: `Idea ${i}`,
      description: '',
      sdgs: [1 + (i % 17)],
      createdAt: 10 + i,
    });
  }
  return doc;
}

describe('stableView', () => {
  it('keeps every unchanged item object when one idea is added, and the new one is new', () => {
    const doc = workshop();
    const first = readWorkshop(doc);
    addItem(doc, {
      id: 'it_new00001',
      stageId: 'st_stage1',
      title: 'New',
      description: '',
      sdgs: [],
      createdAt: 999,
    });
    const second = stableView(first, readWorkshop(doc));
    expect(second?.items).toHaveLength(51);
    const kept = second?.items.filter((item) => first?.items.includes(item)) ?? [];
    expect(kept).toHaveLength(50);
    expect(second?.stages).toBe(first?.stages);
    expect(second?.meta).toBe(first?.meta);
    expect(second?.themes).toBe(first?.themes);
  });

  it('replaces only the edited item, and returns the same view when nothing changed', () => {
    const doc = workshop();
    const first = readWorkshop(doc);
    expect(stableView(first, readWorkshop(doc))).toBe(first);
    updateItem(doc, 'it_item007', { title: 'Idea 7, reworded' });
    const second = stableView(first, readWorkshop(doc));
    const changed = second?.items.filter((item) => !first?.items.includes(item)) ?? [];
    expect(changed.map((i) => i.title)).toEqual(['Idea 7, reworded']);
    expect(second?.items).not.toBe(first?.items);
  });

  it('keeps a list whose entries moved as a new array of the same objects', () => {
    const a = { id: 'a', n: [1] };
    const b = { id: 'b', n: [2] };
    const moved = stableList(
      [a, b],
      [
        { id: 'b', n: [2] },
        { id: 'a', n: [1] },
      ],
    );
    expect(moved).not.toEqual([a, b]);
    expect(moved[0]).toBe(b);
    expect(moved[1]).toBe(a);
  });

  it('compares JSON-like values deeply', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});
