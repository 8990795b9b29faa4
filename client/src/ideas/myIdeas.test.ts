import { type ItemView, readItems } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isIdList, mineTest, settleMine, withIds } from './myIdeas';

/** Ideas as a phone reads them from its replica: nothing in them says whose they are. */
function roomItems(): ItemView[] {
  const doc = new Y.Doc();
  const items = doc.getMap('items');
  for (const [i, id] of ['hana-1', 'sami-1', 'hana-2'].entries()) {
    const item = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id, stageId: 's1', status: 'active', rank: i + 1, createdAt: i })) {
      item.set(k, v);
    }
    item.set('title', new Y.Text(id));
    item.set('authorGroup', 'academia');
    items.set(id, item);
  }
  return readItems(doc);
}

const ids = (items: readonly ItemView[]) => items.map((i) => i.id);

describe('which ideas are mine', () => {
  const items = roomItems();
  const landedHere = (...list: string[]) =>
    new Map(list.map((id) => [`client-${id}`, items.find((i) => i.id === id) as ItemView]));

  it('marks both of Hana’s ideas as hers from the acks on her phone, and not Sami’s', () => {
    const isMine = mineTest([], landedHere('hana-1', 'hana-2'));
    expect(ids(items.filter(isMine))).toEqual(['hana-1', 'hana-2']);
  });

  it('still marks them after a reload, from what the device kept', () => {
    const kept: unknown = JSON.parse(JSON.stringify(withIds([], ['hana-1', 'hana-2'])));
    expect(isIdList(kept)).toBe(true);
    const isMine = mineTest(isIdList(kept) ? kept : [], new Map());
    expect(ids(items.filter(isMine))).toEqual(['hana-1', 'hana-2']);
  });

  it('marks them on a second device that knows nothing but the server’s answer', () => {
    const isMine = mineTest(settleMine(['hana-2', 'hana-1'], []), new Map());
    expect(ids(items.filter(isMine))).toEqual(['hana-1', 'hana-2']);
  });

  it('keeps an idea pushed while the answer was on its way, and drops what someone else left behind', () => {
    expect(settleMine(['hana-1'], ['hana-2', 'hana-1'])).toEqual(['hana-1', 'hana-2']);
    const before = withIds([], ['sami-1']);
    expect(settleMine(['hana-1'], [])).not.toContain(before[0]);
  });

  it('adds ids once, keeping the list as it was when nothing is new', () => {
    const list = withIds([], ['a', 'b', 'a']);
    expect(list).toEqual(['a', 'b']);
    expect(withIds(list, ['b'])).toBe(list);
    expect(isIdList(['a', 3])).toBe(false);
    expect(isIdList({ a: 1 })).toBe(false);
  });
});
