import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { item, replicaOf, sync, twoStageWorkshop } from './docTestKit.js';
import { nextItemRank, stageItemCount } from './itemIndex.js';
import { addItem, addItems, moveItem } from './itemOps.js';
import { readItems } from './workshopDoc.js';

describe('the item index', () => {
  it('counts items per stage, including ones that arrive from other replicas', () => {
    const doc = twoStageWorkshop();
    addItem(doc, item('a1', 'stage-a'));
    const other = replicaOf(doc);
    addItems(other, [item('a2', 'stage-a'), item('b1', 'stage-b')]);
    sync(doc, other);
    expect(stageItemCount(doc, 'stage-a')).toBe(2);
    expect(stageItemCount(doc, 'stage-b')).toBe(1);
    doc.getMap('items').delete('a1');
    expect(stageItemCount(doc, 'stage-a')).toBe(1);
  });

  it('appends after an item another replica moved to the end', () => {
    const doc = twoStageWorkshop();
    for (const id of ['x1', 'x2', 'x3']) addItem(doc, item(id, 'stage-a'));
    expect(nextItemRank(doc, 'stage-a')).toBe(4);
    const other = replicaOf(doc);
    moveItem(other, 'x1', 3);
    addItem(other, item('x4', 'stage-a'));
    moveItem(other, 'x2', 4);
    sync(doc, other);
    const added = addItem(doc, item('x5', 'stage-a'));
    expect(readItems(doc, 'stage-a').at(-1)?.id).toBe('x5');
    expect(added.rank).toBeGreaterThan(
      Math.max(
        ...readItems(doc, 'stage-a')
          .slice(0, -1)
          .map((i) => i.rank),
      ),
    );
  });

  it('returns from addItem what the readers then read', () => {
    const doc = twoStageWorkshop();
    const added = addItem(doc, item('a1', 'stage-a', { sdgs: [13, 11, 11], authorGroup: 'academia' }));
    expect(readItems(doc, 'stage-a')[0]).toEqual(added);
    expect(doc.getMap('items').get('a1')).toBeInstanceOf(Y.Map);
  });
});
