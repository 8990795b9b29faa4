/**
 * Which ideas are this phone's own. The shared doc does not say who wrote an idea (every phone and
 * the board read it), so the phone keeps the ids the server told it: in each add's ack, in the
 * `item:mine` answer on every (re)connect, and in the `item:mine` push when another device of the
 * same participant adds one. Kept on the device, so a reload without network still knows them.
 * Pure: `useMyIdeas` persists and feeds it.
 */
import type { ItemView } from '@majlis/shared';

/** The ids in `known`, then those of `more` not in it yet. */
export function withIds(known: readonly string[], more: Iterable<string>): readonly string[] {
  const seen = new Set(known);
  const added = [...more].filter((id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return added.length === 0 ? known : [...known, ...added];
}

/**
 * The list after the server's `item:mine` answer. The answer is complete (it replaces what the
 * device remembered, which may belong to someone who used this phone before), except for ideas
 * pushed while it was on its way, which it may not include yet.
 */
export function settleMine(answer: readonly string[], arrivedMeanwhile: Iterable<string>): readonly string[] {
  return withIds(withIds([], answer), arrivedMeanwhile);
}

/** Whether an item is this phone's own: the server said so, or it acknowledged adding it here. */
export function mineTest(
  mine: readonly string[],
  landed: ReadonlyMap<string, ItemView>,
): (item: ItemView) => boolean {
  const ids = new Set(mine);
  for (const item of landed.values()) ids.add(item.id);
  return (item) => ids.has(item.id);
}

/** A stored list, or nothing if the device holds something else under its key. */
export const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((id) => typeof id === 'string');
